#!/usr/bin/env python3
"""Writes the bad-input corpus cli/src/test/resources/corpus/ (the files only; expected.tsv is
maintained by hand). Run from the repository root: python3 cli/src/test/python/make_corpus.py"""
import os

OUT = os.path.join(os.path.dirname(__file__), '..', 'resources', 'corpus')
os.makedirs(OUT, exist_ok=True)

H = 'child_id,full_name,sex,date_of_birth,personal_id,ethnicity,commune_code,village,disability,' \
    'hi_card_number,measured_on,weight_kg,length_height_cm,measure_position,school_level,grade,circumstances'
COLS = H.split(',')


def row(**kv):
    base = dict(child_id='C-1', full_name='Nguyễn Thị Lan', sex='F', date_of_birth='2016-03-14',
                personal_id='', ethnicity='01', commune_code='16279', village='Thôn 1', disability='NONE',
                hi_card_number='', measured_on='', weight_kg='', length_height_cm='', measure_position='',
                school_level='', grade='', circumstances='')
    base.update(kv)
    return ','.join(base[c] for c in COLS)


def csv(name, *rows, header=H, nl='\n', enc='utf-8', prefix=b'', end=True):
    text = nl.join([header] + list(rows)) + (nl if end else '')
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(prefix + text.encode(enc))


def raw(name, data):
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode('utf-8'))


OK2 = row(child_id='C-2', full_name='Trần Văn Bình', sex='M', date_of_birth='2012-09-01', school_level='PRIMARY', grade='3')

# --- CSV: baseline and Excel artefacts
csv('csv_valid.csv', row(), OK2)
csv('csv_bom.csv', row(), OK2, prefix=b'\xef\xbb\xbf')
csv('csv_bom_crlf.csv', row(), OK2, prefix=b'\xef\xbb\xbf', nl='\r\n')
csv('csv_cr_only.csv', row(), OK2, nl='\r')
csv('csv_mixed_line_endings.csv', row(), OK2, row(child_id='C-3'), nl='\n')
raw('csv_mixed_line_endings.csv', H + '\r\n' + row() + '\n' + OK2 + '\r' + row(child_id='C-3') + '\r\n')
csv('csv_excel_sep_line.csv', *[r.replace(',', ';') for r in (row(), OK2)], header='sep=;\n' + H.replace(',', ';'))
csv('csv_semicolon.csv', *[r.replace(',', ';') for r in (row(), OK2)], header=H.replace(',', ';'))
csv('csv_tab_separated.csv', *[r.replace(',', '\t') for r in (row(), OK2)], header=H.replace(',', '\t'))
csv('csv_trailing_empty_columns.csv', row() + ',,,', OK2 + ',,,', header=H + ',,,')
csv('csv_trailing_empty_cells_only.csv', row() + ',,,', OK2 + ',,,')
csv('csv_excel_text_formula_cells.csv', row(child_id='="123"', personal_id='="001318012345"'))
csv('csv_excel_serial_date.csv', row(date_of_birth='42443'))
csv('csv_excel_serial_measured_on.csv', row(measured_on='44000', weight_kg='18.2'))
csv('csv_decimal_comma.csv', row(measured_on='2020-06-01', weight_kg='"18,2"', length_height_cm='"110,5"', measure_position='H'))
csv('csv_decimal_comma_semicolon.csv', row(measured_on='2020-06-01', weight_kg='18,2').replace(',', ';').replace('18;2', '18,2'), header=H.replace(',', ';'))
csv('csv_thousands_separator.csv', row(measured_on='2020-06-01', weight_kg='"1,018.2"'))
csv('csv_formula_in_name.csv', row(full_name='=HYPERLINK("http://x")'), row(child_id='C-2', full_name='+cmd|x'), row(child_id='C-3', full_name='@SUM(1)'), row(child_id='C-4', full_name='-2+3'))
csv('csv_upper_case_header.csv', row(), header=H.upper())
csv('csv_vietnamese_name_emoji.csv', row(full_name='Lan 🌸 Ánh'))
csv('csv_quoted_newline_in_name.csv', row(full_name='"Nguyễn\nThị Lan"'), OK2)
csv('csv_quoted_cr_in_village.csv', row(village='"Thôn\r1"'), OK2)
csv('csv_blank_lines_between.csv', row(), '', '   ', OK2)
csv('csv_row_of_commas.csv', row(), ',' * (len(COLS) - 1), OK2)
csv('csv_spaces_around_values.csv', row(child_id=' C-1 ', sex=' F ', date_of_birth=' 2016-03-14 '))
csv('csv_header_spaces.csv', row(), header=', '.join(COLS))
csv('csv_control_char_in_name.csv', row(full_name='Lan\x07\x1b[31m'))
csv('csv_bidi_zero_width_id.csv', row(child_id='C-\u202e1\u200b'), OK2)
csv('csv_duplicate_id_case.csv', row(child_id='c-1'), row(child_id='C-1'))
# --- CSV: broken quoting
csv('csv_unbalanced_quote_eof.csv', row(), row(child_id='C-2', full_name='"Trần Văn'))
csv('csv_unbalanced_quote_middle.csv', row(full_name='"Nguyễn'), OK2, row(child_id='C-3'))
csv('csv_quote_inside_unquoted.csv', row(full_name='Nguy"ễn'), OK2)
csv('csv_text_after_closing_quote.csv', row(full_name='"Nguyễn"Lan'), OK2)
csv('csv_doubled_quotes_ok.csv', row(full_name='"Trần ""Bo"""'))
csv('csv_quoted_header.csv', row(), header=','.join('"%s"' % c for c in COLS))
csv('csv_unbalanced_quote_header.csv', row(), header='"child_id,sex,date_of_birth')
# --- CSV: encodings
raw('csv_invalid_utf8_byte.csv', (H + '\n').encode() + row(full_name='Lan').encode().replace(b'Lan', b'L\xffn') + b'\n')
raw('csv_invalid_utf8_header.csv', b'child_id,sex,date\xff_of_birth\nA,F,2016-01-01\n')
raw('csv_overlong_utf8.csv', (H + '\n').encode() + row().encode().replace(b'Lan', b'L\xc0\xafn') + b'\n')
raw('csv_utf8_surrogate.csv', (H + '\n').encode() + row().encode().replace(b'Lan', b'L\xed\xa0\x80n') + b'\n')
raw('csv_truncated_utf8_sequence.csv', (H + '\n' + row(full_name='Lan') + '\n').encode() + b'C-2,\xe1\xba')
csv('csv_latin1.csv', row(full_name='L\u00e2m H\u00e0', village='Th\u00f4n D\u00f4ng'), enc='latin-1')
csv('csv_windows1258.csv', row(full_name='L\u00e2m H\u00e0', village='Th\u00f4n \u0110\u00f4ng'), enc='cp1258')
csv('csv_utf16le_bom.csv', row(), OK2, enc='utf-16')  # python utf-16 writes LE BOM
csv('csv_utf16be_bom.csv', row(), OK2, enc='utf-16-be', prefix=b'\xfe\xff')
csv('csv_utf16le_no_bom.csv', row(), OK2, enc='utf-16-le')
csv('csv_utf32_bom.csv', row(), enc='utf-32')
raw('csv_nul_in_value.csv', H + '\n' + row(full_name='Lan\x00Anh') + '\n')
raw('csv_nul_in_header.csv', H.replace('sex', 's\x00ex') + '\n' + row() + '\n')
raw('csv_nul_bytes_only.csv', b'\x00' * 64)
raw('csv_binary_garbage.csv', bytes(range(256)) * 4)
# --- CSV: empty and truncated
raw('csv_empty.csv', b'')
raw('csv_blank.csv', '  \n\n \r\n')
raw('csv_bom_only.csv', b'\xef\xbb\xbf')
raw('csv_newline_only.csv', '\n')
csv('csv_header_only.csv')
csv('csv_header_only_no_newline.csv', end=False)
csv('csv_truncated_mid_row.csv', row(), end=True)
raw('csv_truncated_mid_row.csv', H + '\n' + row() + '\n' + 'C-2,Trần Văn,M,2012-0')
raw('csv_truncated_mid_header.csv', 'child_id,full_na')
csv('csv_no_trailing_newline.csv', row(), OK2, end=False)
# --- CSV: columns and keys
csv('csv_missing_child_id_column.csv', 'F,2016-03-14', header='sex,date_of_birth')
csv('csv_missing_sex_column.csv', 'C-1,2016-03-14', header='child_id,date_of_birth')
csv('csv_missing_dob_column.csv', 'C-1,F', header='child_id,sex')
csv('csv_duplicate_column.csv', 'C-1,F,2016-03-14,F', header='child_id,sex,date_of_birth,sex')
csv('csv_duplicate_column_case.csv', 'C-1,F,2016-03-14,C-9', header='child_id,sex,date_of_birth,CHILD_ID')
csv('csv_unknown_column.csv', 'C-1,F,2016-03-14,x', header='child_id,sex,date_of_birth,shoe_size')
csv('csv_empty_header_cell_middle.csv', 'C-1,,F,2016-03-14', header='child_id,,sex,date_of_birth')
csv('csv_too_many_columns.csv', 'C-1,F,2016-03-14', header='child_id,sex,date_of_birth,' + ','.join('x%d' % i for i in range(1001)))
csv('csv_duplicate_child_id.csv', row(), OK2, row(full_name='Lê Thị Lan'))
csv('csv_duplicate_child_id_many.csv', *[row() for _ in range(5)])
csv('csv_too_many_fields.csv', row() + ',extra', OK2)
csv('csv_too_few_fields.csv', 'C-1,Lan,F', OK2)
csv('csv_missing_required_values.csv', row(child_id=''), row(child_id='C-2', sex=''), row(child_id='C-3', date_of_birth=''))
# --- CSV: wrong and impossible values
csv('csv_date_31_02.csv', row(date_of_birth='31/02/2020'))
csv('csv_date_iso_30_02.csv', row(date_of_birth='2016-02-30'))
csv('csv_date_month_13.csv', row(date_of_birth='2016-13-01'))
csv('csv_date_other_formats.csv', row(date_of_birth='2016/03/14'), row(child_id='C-2', date_of_birth='14.03.2016'), row(child_id='C-3', date_of_birth='March 14, 2016'))
csv('csv_date_year_zero.csv', row(date_of_birth='0000-01-01'))
csv('csv_date_huge_year.csv', row(date_of_birth='99999-01-01'))
csv('csv_date_of_birth_future.csv', row(date_of_birth='2030-01-01'))
csv('csv_child_too_old.csv', row(date_of_birth='1990-01-01'))
csv('csv_measured_before_birth.csv', row(measured_on='2015-01-01', weight_kg='3.2', date_of_birth='2016-03-14'))
csv('csv_negative_weight.csv', row(measured_on='2020-06-01', weight_kg='-12.5'))
csv('csv_weight_999.csv', row(measured_on='2020-06-01', weight_kg='999'))
csv('csv_weight_zero.csv', row(measured_on='2020-06-01', weight_kg='0'))
csv('csv_weight_nan_inf.csv', row(measured_on='2020-06-01', weight_kg='NaN'), row(child_id='C-2', measured_on='2020-06-01', weight_kg='Infinity'))
csv('csv_weight_exponent_hex.csv', row(measured_on='2020-06-01', weight_kg='1e308'), row(child_id='C-2', measured_on='2020-06-01', weight_kg='0x10'))
csv('csv_weight_1000_digits.csv', row(measured_on='2020-06-01', weight_kg='1' * 1000))
csv('csv_length_implausible.csv', row(measured_on='2020-06-01', length_height_cm='400', measure_position='H'))
csv('csv_weight_without_date.csv', row(weight_kg='12.5'))
csv('csv_grade_13.csv', row(school_level='UPPER_SECONDARY', grade='13'))
csv('csv_grade_negative_fraction.csv', row(school_level='PRIMARY', grade='-1'), row(child_id='C-2', school_level='PRIMARY', grade='1.5'))
csv('csv_grade_1000_digits.csv', row(school_level='PRIMARY', grade='9' * 1000))
csv('csv_grade_level_mismatch.csv', row(school_level='PRIMARY', grade='9'))
csv('csv_grade_without_level.csv', row(grade='3'))
csv('csv_unknown_circumstance.csv', row(circumstances='Z9'), row(child_id='C-2', circumstances='A1;QQ'))
csv('csv_personal_id_11_digits.csv', row(personal_id='00131801234'))
csv('csv_personal_id_13_digits.csv', row(personal_id='0013180123456'))
csv('csv_personal_id_letters.csv', row(personal_id='00131801234A'))
csv('csv_personal_id_1000_digits.csv', row(personal_id='1' * 1000))
csv('csv_personal_id_mismatch.csv', row(personal_id='001218012345', date_of_birth='2016-03-14'))
csv('csv_hi_card_bad_format.csv', row(hi_card_number='XX12'))
csv('csv_commune_code_4_digits.csv', row(commune_code='1627'))
csv('csv_invalid_sex.csv', row(sex='X'))
csv('csv_invalid_ethnicity.csv', row(ethnicity='99'))
csv('csv_invalid_disability.csv', row(disability='VERY'))
csv('csv_invalid_school_level.csv', row(school_level='UNIVERSITY', grade='1'))
csv('csv_invalid_measure_position.csv', row(measured_on='2020-06-01', length_height_cm='90', measure_position='SIDEWAYS'))
csv('csv_measured_outside_year.csv', row(measured_on='2019-06-01', weight_kg='15'))

# --- JSON Lines
def obj(**kv):
    import json
    base = {"id": "C-1", "sex": "FEMALE", "dateOfBirth": "2016-03-14"}
    base.update(kv)
    return json.dumps(base, ensure_ascii=False)

OKJ = obj(id='C-2', sex='MALE', dateOfBirth='2012-09-01')
M = lambda **m: [dict({"measuredOn": "2020-06-01"}, **m)]
raw('jsonl_valid.jsonl', obj(fullName='Nguyễn Thị Lan') + '\n' + OKJ + '\n')
raw('jsonl_bom_crlf.jsonl', '\ufeff' + obj() + '\r\n' + OKJ + '\r\n')
raw('jsonl_cr_only.jsonl', obj() + '\r' + OKJ + '\r')
raw('jsonl_blank_lines.jsonl', obj() + '\n\n   \n' + OKJ + '\n')
raw('jsonl_syntax_error.jsonl', obj() + '\n{"id": "C-2" "sex": "MALE"}\n' + OKJ.replace('C-2', 'C-3') + '\n')
raw('jsonl_duplicate_key.jsonl', obj() + '\n{"id": "C-2", "id": "C-3", "sex": "MALE", "dateOfBirth": "2012-09-01"}\n')
raw('jsonl_truncated_last_line.jsonl', obj() + '\n{"id": "C-2", "sex": "MA')
raw('jsonl_wrong_type.jsonl', obj(id=12) + '\n' + OKJ + '\n')
raw('jsonl_unknown_property.jsonl', obj(shoeSize=30) + '\n' + OKJ + '\n')
raw('jsonl_missing_id.jsonl', '{"sex": "FEMALE", "dateOfBirth": "2016-03-14"}\n' + OKJ + '\n')
raw('jsonl_invalid_sex.jsonl', obj(sex='F') + '\n' + OKJ + '\n')
raw('jsonl_array_line.jsonl', obj() + '\n[1, 2]\n42\n"text"\nnull\n' + OKJ + '\n')
raw('jsonl_empty_object.jsonl', obj() + '\n{}\n')
raw('jsonl_two_objects_one_line.jsonl', obj() + ' ' + OKJ + '\n' + OKJ.replace('C-2', 'C-3') + '\n')
raw('jsonl_date_31_02.jsonl', obj(dateOfBirth='2020-02-31') + '\n')
raw('jsonl_date_dmy.jsonl', obj(dateOfBirth='14/03/2016') + '\n')
raw('jsonl_negative_weight.jsonl', obj(measurements=M(weightKg=-12.5)) + '\n')
raw('jsonl_weight_999.jsonl', obj(measurements=M(weightKg=999)) + '\n')
raw('jsonl_weight_string.jsonl', obj(measurements=M(weightKg="12,5")) + '\n')
raw('jsonl_number_1000_digits.jsonl', obj().replace('}', ', "measurements": [{"measuredOn": "2020-06-01", "weightKg": ' + '1' * 1000 + '}]}') + '\n')
raw('jsonl_number_huge_exponent.jsonl', obj().replace('}', ', "measurements": [{"measuredOn": "2020-06-01", "weightKg": 1e400}]}') + '\n')
raw('jsonl_grade_13.jsonl', obj(enrolments=[{"schoolYear": 2020, "level": "UPPER_SECONDARY", "grade": 13}]) + '\n')
raw('jsonl_unknown_circumstance.jsonl', obj(circumstances=[{"code": "Z9"}]) + '\n')
raw('jsonl_personal_id_11_digits.jsonl', obj(personalId='00131801234') + '\n')
raw('jsonl_duplicate_child_id.jsonl', obj() + '\n' + obj(fullName='Lê Thị Lan') + '\n')
raw('jsonl_invalid_utf8.jsonl', obj(fullName='Lan').encode().replace(b'Lan', b'L\xffn') + b'\n' + OKJ.encode() + b'\n')
raw('jsonl_utf16le_bom.jsonl', (obj() + '\n' + OKJ + '\n').encode('utf-16'))
raw('jsonl_nul_byte.jsonl', obj() + '\n' + OKJ.replace('C-2', 'C-\x002') + '\n')
raw('jsonl_escaped_nul_and_lone_surrogate.jsonl', obj().replace('"C-1"', '"C-\\u00001"') + '\n' + OKJ.replace('"C-2"', '"C-\\ud8002"') + '\n')
raw('jsonl_deep_nesting.jsonl', obj() + '\n' + '[' * 10000 + ']' * 10000 + '\n' + '{"id": ' + '{"a":' * 10000 + '1' + '}' * 10001 + '\n' + OKJ + '\n')
raw('jsonl_comments_trailing_comma.jsonl', '// comment\n' + obj().replace('}', ',}') + '\n' + OKJ + '\n')
raw('jsonl_nan.jsonl', obj().replace('}', ', "measurements": [{"measuredOn": "2020-06-01", "weightKg": NaN}]}') + '\n')
# --- JSON documents
def doc(children, **top):
    import json
    d = {"format": "treem-register", "version": 1, "reportingYear": 2020}
    d.update(top)
    d["children"] = children
    return json.dumps(d, ensure_ascii=False, indent=1)

import json as _j
C1 = _j.loads(obj(fullName='Nguyễn Thị Lan'))
C2 = _j.loads(OKJ)
raw('json_valid.json', doc([C1, C2]))
raw('json_bom.json', '\ufeff' + doc([C1, C2]))
raw('json_empty_children.json', doc([]))
raw('json_not_a_register.json', doc([C1], format='something-else'))
raw('json_unsupported_version.json', doc([C1], version=99))
raw('json_root_array.json', '[' + obj() + ']')
raw('json_root_scalar.json', '"treem-register"')
raw('json_children_not_array.json', '{"format": "treem-register", "version": 1, "children": {"id": "C-1"}}')
raw('json_empty_object.json', '{\n}')
raw('json_truncated.json', doc([C1, C2])[:-40])
raw('json_syntax_error_in_child.json', doc([C1, C2]).replace('"MALE"', '"MALE" "x"'))
raw('json_trailing_comma.json', doc([C1]).replace('\n ]', ',\n ]'))
raw('json_duplicate_key_root.json', doc([C1]).replace('"version": 1', '"version": 1, "version": 1'))
raw('json_duplicate_key_child.json', doc([C1, C2]).replace('"id": "C-2"', '"id": "C-2", "id": "C-3"'))
raw('json_trailing_garbage.json', doc([C1]) + '\n{"x": 1}')
raw('json_wrong_types.json', doc([dict(C1, id=1), dict(C2, sex=True), dict(C1, id='C-3', measurements="none")]))
raw('json_invalid_values.json', doc([dict(C1, dateOfBirth='2020-02-31'), dict(C2, personalId='00131801234'),
                                     dict(C1, id='C-3', measurements=M(weightKg=-1)), dict(C1, id='C-4', measurements=M(weightKg=999)),
                                     dict(C1, id='C-5', enrolments=[{"schoolYear": 2020, "level": "UPPER_SECONDARY", "grade": 13}]),
                                     dict(C1, id='C-6', circumstances=[{"code": "Z9"}])]))
raw('json_duplicate_child_id.json', doc([C1, C1]))
raw('json_unknown_property.json', doc([dict(C1, shoeSize=30), C2]))
raw('json_missing_property.json', doc([{"id": "C-1"}, C2]))
raw('json_number_1000_digits.json', doc([C1]).replace('"reportingYear": 2020', '"reportingYear": ' + '2' * 1000))
raw('json_deep_nesting.json', '{"format": "treem-register", "version": 1, "children": [' + '[' * 10000 + ']' * 10000 + ']}')
raw('json_deep_nesting_root.json', '[' * 10000 + ']' * 10000)
raw('json_invalid_utf8.json', doc([C1]).encode().replace(b'Lan', b'L\xffn'))
raw('json_utf16be_bom.json', doc([C1]).encode('utf-16-be') and b'\xfe\xff' + doc([C1]).encode('utf-16-be'))
raw('json_latin1.json', doc([C1]).encode('utf-8').decode('utf-8').replace('Nguyễn', 'Ngo').replace('Thị', 'Thôn').encode('latin-1'))
raw('json_nul_byte.json', doc([C1]).replace('"C-1"', '"C-\x001"'))
raw('json_comments.json', '/* c */ ' + doc([C1]))
raw('json_single_quotes.json', doc([C1]).replace('"', "'"))
raw('json_only_open_brace.json', '{')
raw('json_only_open_bracket.json', '[')
