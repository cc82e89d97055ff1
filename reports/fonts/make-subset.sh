#!/usr/bin/env bash
# Makes the CJK fonts committed under reports/src/main/resources/fonts/ (run once by hand; not part of the build).
# Source: Noto Sans SC (SIL Open Font License 1.1), TrueType outlines, from the npm package
# @expo-google-fonts/noto-sans-sc@0.4.3. Needs Debian's python3-fonttools (/usr/bin/python3 -m fontTools.subset) and npm.
#   Regular: Latin, punctuation, CJK symbols, full-width forms and every Han character the font has
#            (CJK Unified Ideographs and Extension A): covers GB 2312 and the 通用规范汉字表's basic block.
#   Bold:    the same Latin and punctuation plus GB 2312 only, for headings; a heading character outside it
#            falls back to the regular face (the renderer lists both families).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../src/main/resources/fonts"
work="$(mktemp -d)"
cd "$work"
npm pack @expo-google-fonts/noto-sans-sc@0.4.3 >/dev/null
tar xzf expo-google-fonts-noto-sans-sc-0.4.3.tgz
common="U+0020-007E,U+00A0-00FF,U+2000-206F,U+2100-218F,U+2460-24FF,U+2500-257F,U+25A0-25FF,U+2600-26FF,U+3000-303F,U+3200-32FF,U+FE30-FE4F,U+FF00-FFEF"
/usr/bin/python3 - > gb2312.txt <<'PY'
chars = []
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            chars.append(bytes([hi, lo]).decode("gb2312"))
        except UnicodeDecodeError:
            pass
print("".join(chars))
PY
/usr/bin/python3 -m fontTools.subset package/400Regular/NotoSansSC_400Regular.ttf --unicodes="$common,U+3400-4DBF,U+4E00-9FFF" \
  --layout-features='*' --output-file="$out/NotoSansSC-Regular.ttf"
/usr/bin/python3 -m fontTools.subset package/700Bold/NotoSansSC_700Bold.ttf --unicodes="$common" --text-file=gb2312.txt \
  --layout-features='*' --output-file="$out/NotoSansSC-Bold.ttf"
cp package/LICENSE* "$out/" 2>/dev/null || true
ls -la "$out"
