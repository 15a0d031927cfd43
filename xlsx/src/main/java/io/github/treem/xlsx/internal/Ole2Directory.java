package io.github.treem.xlsx.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The names of the streams of an OLE2 compound file ([MS-CFB]): enough to tell an Excel 97-2003
 * workbook (a {@code Workbook} or {@code Book} stream) from a password-protected .xlsx
 * ({@code EncryptionInfo} and {@code EncryptedPackage}, [MS-OFFCRYPTO]). Only the header, the
 * sector allocation table and the directory are read, each bounded by the file's size, so a
 * hostile file costs at most one pass over it. (Apache POI's POIFS reads these files in full; it
 * brings some 3 MB of libraries for this one question, which is why these few lines are ours.)
 */
public final class Ole2Directory {
  /** The signature of an OLE2 compound file. */
  private static final long SIGNATURE = 0xE11AB1A1E011CFD0L;
  private static final int END_OF_CHAIN = -2;
  private static final int MAX_NAMES = 10_000;

  private Ole2Directory() {}

  /**
   * Whether bytes start with the OLE2 signature.
   *
   * @param head the first bytes (at least 8)
   * @return true when so
   */
  public static boolean isOle2(byte[] head) {
    return head.length >= 8 && ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN).getLong(0) == SIGNATURE;
  }

  /**
   * The names of the entries of the directory.
   *
   * @param ch the file
   * @return the names (at most 10,000)
   * @throws IOException on an I/O error, or when the file is not a well-formed compound file
   */
  public static Set<String> names(FileChannel ch) throws IOException {
    long size = ch.size();
    ByteBuffer header = read(ch, 0, 512);
    int shift = header.getShort(0x1E) & 0xFFFF;
    if (shift != 9 && shift != 12) {
      throw new IOException("bad sector size");
    }
    int sectorSize = 1 << shift;
    long sectors = size / sectorSize + 1;
    int fatSectors = header.getInt(0x2C);
    int firstDir = header.getInt(0x30);
    int firstDifat = header.getInt(0x44);
    if (fatSectors < 0 || fatSectors > sectors) {
      throw new IOException("bad allocation table");
    }
    // the sectors of the allocation table: 109 in the header, the rest in the DIFAT chain
    List<Integer> fat = new ArrayList<>();
    for (int i = 0; i < 109 && fat.size() < fatSectors; i++) {
      fat.add(header.getInt(0x4C + 4 * i));
    }
    int difat = firstDifat;
    for (long guard = 0; fat.size() < fatSectors && difat >= 0 && guard < sectors; guard++) {
      ByteBuffer d = read(ch, offset(difat, sectorSize), sectorSize);
      for (int i = 0; i < sectorSize / 4 - 1 && fat.size() < fatSectors; i++) {
        fat.add(d.getInt(4 * i));
      }
      difat = d.getInt(sectorSize - 4);
    }
    Set<String> names = new HashSet<>();
    Set<Integer> visited = new HashSet<>();
    int sector = firstDir;
    while (sector >= 0 && sector != END_OF_CHAIN && visited.add(sector) && names.size() < MAX_NAMES) {
      ByteBuffer dir = read(ch, offset(sector, sectorSize), sectorSize);
      for (int e = 0; e + 128 <= sectorSize; e += 128) {
        int nameLength = dir.getShort(e + 0x40) & 0xFFFF;
        if (nameLength >= 2 && nameLength <= 64) {
          byte[] name = new byte[nameLength - 2];
          dir.get(e, name);
          names.add(new String(name, StandardCharsets.UTF_16LE));
        }
      }
      sector = next(ch, fat, sector, sectorSize);
    }
    return names;
  }

  private static int next(FileChannel ch, List<Integer> fat, int sector, int sectorSize) throws IOException {
    int perSector = sectorSize / 4;
    int index = sector / perSector;
    if (index >= fat.size() || fat.get(index) < 0) {
      return END_OF_CHAIN;
    }
    return read(ch, offset(fat.get(index), sectorSize) + 4L * (sector % perSector), 4).getInt(0);
  }

  private static long offset(int sector, int sectorSize) {
    return (long) (sector + 1) * sectorSize; // sector 0 follows the header (one sector long)
  }

  private static ByteBuffer read(FileChannel ch, long position, int length) throws IOException {
    if (position < 0 || position + length > ch.size()) {
      throw new IOException("sector outside the file");
    }
    ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    while (b.hasRemaining()) {
      if (ch.read(b, position + b.position()) < 0) {
        throw new IOException("truncated");
      }
    }
    b.flip();
    return b;
  }
}
