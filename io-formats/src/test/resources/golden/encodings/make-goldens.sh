#!/usr/bin/env bash
# Makes the encoding golden files from sample.utf8.csv with converters independent of treem's
# Java code: glibc's iconv (UTF-16, WINDOWS-1258, TCVN5712-1), the published VNI table written out
# below, and the npm package vietnamese-conversion (MIT) as a cross-check of TCVN3 and VNI. Needs
# python3, iconv, node and npm.
# The tests never run it: they read the files it made, which are committed.
set -euo pipefail
cd "$(dirname "$0")"

# UTF-16: little-endian with a byte-order mark (Excel's "Unicode Text"), big-endian without one
{ printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE sample.utf8.csv; } > sample.utf16le-bom.csv
iconv -f UTF-8 -t UTF-16BE sample.utf8.csv > sample.utf16be.csv

# Windows-1258: glibc writes the letters that code page lacks as a base letter and a combining mark
iconv -f UTF-8 -t WINDOWS-1258 sample.utf8.csv > sample.windows-1258.csv

# TCVN3 has no capital letters with tone marks but those the standard puts in 0xA0-0xFF: the
# expected text is the sample with the others in small letters (what a .VnTimeH file reads as)
python3 - <<'PY'
import unicodedata
keep = set("ĂÂÊÔƠƯĐẰẲẴẮẦẨẪẤỀỂỄẾỒỔỖỐ")
s = open("sample.utf8.csv", encoding="utf-8", newline="").read()
out = []
for c in s:
    d = unicodedata.normalize("NFD", c)
    toned = any(m in d for m in "\u0300\u0301\u0303\u0309\u0323")
    out.append(c.lower() if c.isupper() and toned and c not in keep else c)
open("sample.tcvn3.expected.utf8.csv", "w", encoding="utf-8", newline="").write("".join(out))
PY
iconv -f UTF-8 -t TCVN5712-1 sample.tcvn3.expected.utf8.csv > sample.tcvn3.csv
# what Excel saves as "CSV UTF-8" from a sheet typed in a TCVN3 font: the Windows-1252 reading, in UTF-8
iconv -f CP1252 -t UTF-8 sample.tcvn3.csv > sample.tcvn3-in-utf8.csv

# VNI: the table as published with the VNI fonts' converters (each capital as the VNI bytes, read
# in Windows-1252, of the letters A Á À Ả Ã Ạ, Â Ấ Ầ Ẩ Ẫ Ậ, ...: the listing of xvnkb's vni.h and of
# VnConv's VNI-WIN table in UniKey); a small letter is the same bytes in small letters
python3 - <<'PY'
import unicodedata
rows = {
    "A": "A AÙ AØ AÛ AÕ AÏ", "Â": "AÂ AÁ AÀ AÅ AÃ AÄ", "Ă": "AÊ AÉ AÈ AÚ AÜ AË",
    "E": "E EÙ EØ EÛ EÕ EÏ", "Ê": "EÂ EÁ EÀ EÅ EÃ EÄ",
    "O": "O OÙ OØ OÛ OÕ OÏ", "Ô": "OÂ OÁ OÀ OÅ OÃ OÄ", "Ơ": "Ô ÔÙ ÔØ ÔÛ ÔÕ ÔÏ",
    "U": "U UÙ UØ UÛ UÕ UÏ", "Ư": "Ö ÖÙ ÖØ ÖÛ ÖÕ ÖÏ",
    "I": "I Í Ì Æ Ó Ò", "Y": "Y YÙ YØ YÛ YÕ Î",
}
tones = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]
table = {"Đ": "Ñ", "đ": "ñ"}
for base, vni in rows.items():
    for tone, code in zip(tones, vni.split()):
        capital = unicodedata.normalize("NFC", base + tone)
        table[capital] = code
        table[capital.lower()] = code.lower()
text = open("sample.utf8.csv", encoding="utf-8", newline="").read()
out = "".join(table.get(c, c) for c in text)
open("sample.vni.csv", "wb").write(out.encode("cp1252"))
PY

# cross-check with the npm package vietnamese-conversion (installed in a temporary folder). It
# writes a capital with a tone mark in TCVN3 as the capital without it and the small letter with it
# (Ằ as Ă ằ) where the standard has a byte of its own, and in VNI it writes ỷ and ỹ (and Ỷ Ỹ) as the
# bytes of ë and ì (ì is also its ì): the check is on the sample in small letters, without ỷ and ỹ
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm install --silent --no-audit --no-fund vietnamese-conversion@2.0.0 >/dev/null)
python3 -c 'import sys; sys.stdout.write(open("sample.utf8.csv", encoding="utf-8", newline="").read().lower().replace("ỷ", "").replace("ỹ", ""))' > "$tmp/small.utf8"
iconv -f UTF-8 -t TCVN5712-1 "$tmp/small.utf8" > "$tmp/small.tcvn3"
python3 -c 'import sys; sys.stdout.write(open("sample.vni.csv", encoding="cp1252", newline="").read().lower().replace("yû", "").replace("yõ", ""))' | iconv -f UTF-8 -t CP1252 > "$tmp/small.vni"
TMP_DIR="$tmp" NODE_PATH="$tmp/node_modules" node - <<'JS'
const fs = require("fs");
const { toVNI, toTCVN3 } = require("vietnamese-conversion");
const small = fs.readFileSync(process.env.TMP_DIR + "/small.utf8", "utf8");
for (const [name, convert] of [["tcvn3", toTCVN3], ["vni", toVNI]]) {
  const theirs = Buffer.from(convert(small, "unicode"), "latin1");
  if (!theirs.equals(fs.readFileSync(process.env.TMP_DIR + "/small." + name))) {
    console.error(name + ": vietnamese-conversion disagrees");
    process.exit(1);
  }
}
JS
iconv -f CP1252 -t UTF-8 sample.vni.csv > sample.vni-in-utf8.csv
# Excel's "Unicode Text" (Vietnamese Windows): UTF-16LE with a byte-order mark, tab-separated,
# CRLF as the sample, numbers with a decimal comma
{ printf '\xff\xfe'; sed -e 's/,/\t/g' -e 's/\([0-9]\)\.\([0-9]\)/\1,\2/g' sample.utf8.csv \
  | iconv -f UTF-8 -t UTF-16LE; } > sample.unicode-text.txt
sha256sum sample.* > SHA256SUMS
