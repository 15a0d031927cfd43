package io.github.treem.io.internal.dhis2;

import io.github.treem.io.dhis2.Dhis2DataValue;
import io.github.treem.io.dhis2.Dhis2DataValueSet;
import io.github.treem.io.dhis2.Dhis2Period;
import io.github.treem.io.internal.csv.Text;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes a {@link Dhis2DataValueSet} as DHIS2 JSON, CSV or ADX. Deterministic. */
public final class Dhis2Writers {
  /** The ADX namespace. */
  public static final String ADX_NS = "urn:ihe:qrph:adx:2015";
  /** The CSV header, DHIS2's column names. */
  public static final String CSV_HEADER =
      "dataelement,period,orgunit,catoptcombo,attroptcombo,value,storedby,lastupdated,comment,followup,deleted";

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Dhis2Writers() {}

  /**
   * Writes the JSON dataValueSet.
   *
   * @param set the set
   * @param out where to write
   * @throws IOException when writing fails
   */
  public static void json(Dhis2DataValueSet set, Writer out) throws IOException {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("dataSet", set.getDataSet());
    set.getCompleteDate().ifPresent(d -> root.put("completeDate", d));
    root.put("period", set.getPeriod());
    root.put("orgUnit", set.getOrgUnit());
    root.put("attributeOptionCombo", set.getAttributeOptionCombo());
    ArrayNode values = root.putArray("dataValues");
    for (Dhis2DataValue v : set.getDataValues()) {
      ObjectNode o = values.addObject();
      o.put("dataElement", v.getDataElement());
      o.put("period", v.getPeriod());
      o.put("orgUnit", v.getOrgUnit());
      o.put("categoryOptionCombo", v.getCategoryOptionCombo());
      o.put("attributeOptionCombo", v.getAttributeOptionCombo());
      o.put("value", v.getValue());
    }
    try {
      out.write(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    } catch (JacksonException e) {
      throw new IOException(e.getOriginalMessage(), e);
    }
    out.write('\n');
  }

  /**
   * Writes the CSV (header row, then one row per value; \n line ends), by treem's one CSV policy
   * ({@link Text}).
   *
   * @param set the set
   * @param out where to write
   * @throws IOException when writing fails
   */
  public static void csv(Dhis2DataValueSet set, Writer out) throws IOException {
    out.write(CSV_HEADER);
    out.write('\n');
    for (Dhis2DataValue v : set.getDataValues()) {
      out.write(Text.exportRecord(List.of(v.getDataElement(), v.getPeriod(), v.getOrgUnit(),
          v.getCategoryOptionCombo(), v.getAttributeOptionCombo(), v.getValue(), "", "", "", "", ""), ','));
      out.write('\n');
    }
  }

  /**
   * Writes ADX: one group per (org unit, attribute option combo), values in order.
   *
   * @param set the set
   * @param out where to write
   * @throws IOException when writing fails
   */
  public static void adx(Dhis2DataValueSet set, Writer out) throws IOException {
    Map<String, List<Dhis2DataValue>> groups = new LinkedHashMap<>();
    for (Dhis2DataValue v : set.getDataValues()) {
      groups.computeIfAbsent(v.getOrgUnit() + "\u0000" + v.getAttributeOptionCombo(), k -> new ArrayList<>()).add(v);
    }
    String period = Dhis2Period.tryParse(set.getPeriod()).map(Dhis2Period::toAdx).orElse(set.getPeriod());
    try {
      // the JDK's own writer, whatever StAX implementation the class path holds (FastExcel brings
      // Aalto, whose writer throws a NullPointerException on the line feed written after the end of
      // the document): the same bytes everywhere
      XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("adx");
      x.writeDefaultNamespace(ADX_NS);
      if (set.getExported().isPresent()) {
        x.writeAttribute("exported", set.getExported().get());
      }
      for (List<Dhis2DataValue> g : groups.values()) {
        Dhis2DataValue first = g.get(0);
        x.writeCharacters("\n  ");
        x.writeStartElement("group");
        x.writeAttribute("orgUnit", first.getOrgUnit());
        x.writeAttribute("period", period);
        x.writeAttribute("dataSet", set.getDataSet());
        x.writeAttribute("attributeOptionCombo", first.getAttributeOptionCombo());
        if (set.getCompleteDate().isPresent()) {
          x.writeAttribute("completeDate", set.getCompleteDate().get());
        }
        for (Dhis2DataValue v : g) {
          x.writeCharacters("\n    ");
          x.writeEmptyElement("dataValue");
          x.writeAttribute("dataElement", v.getDataElement());
          x.writeAttribute("categoryOptionCombo", v.getCategoryOptionCombo());
          x.writeAttribute("value", v.getValue());
        }
        x.writeCharacters("\n  ");
        x.writeEndElement();
      }
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeEndDocument();
      x.writeCharacters("\n");
      x.flush();
      x.close();
    } catch (XMLStreamException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
