"""What the readers that rejoin broken lines into paragraphs share: the PDF reader (lines laid
out on a page) and the .txt reader (a file hard-wrapped at one width)."""
from __future__ import annotations

import re

# A line ending in one of these ends its sentence (closing quotes and brackets may follow).
ENDS_PARAGRAPH = re.compile(r"[。！？；：!?;:…][”’」』）)】]*\s*$")
# A line starting with a numbered heading or list label starts a paragraph of its own.
HEADING = re.compile(
    r"^\s*(?:第[一二三四五六七八九十百零〇两\d]+[章节条部分篇]"
    r"|[一二三四五六七八九十百]+[、.．]"
    r"|[（(][一二三四五六七八九十百\d]+[)）]"
    r"|\d{1,2}(?:[.．]\d{1,2})*[、.．](?!\d)"
    r"|[①-⑳⑴-⒇⒈-⒛]"
    r"|附件\s*\d*[:：]?\s*$)"
)
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")


def joiner(before: str, after: str) -> str:
    """What joins two pieces of one paragraph: a space between two ASCII words, else nothing
    (Chinese text has no spaces between lines)."""
    if before and after and _ASCII_WORD.match(before[-1]) and _ASCII_WORD.match(after[0]):
        return " "
    return ""
