"""Fill vinkdesk_en.ts's plural forms from the English source: "%n page(s)" → "%n page" / "%n pages".
English is the source language, so the English catalogue holds only the plural messages (lupdate -pluralonly);
run by `make translations`. A form this rule gets wrong is listed in SPECIAL."""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

TRANSLATION = r"<translation[^>]*>.*?</translation>|<translation[^>]*/>"
SPECIAL = {"were purged": "was purged"}  # singular verb forms the "(s)" rule cannot know


def forms(source: str) -> tuple[str, str]:
    one = source.replace("(s)", "")
    for many, single in SPECIAL.items():
        one = one.replace(many, single)
    return one, source.replace("(s)", "s")


def escape(text: str) -> str:
    return html.escape(text, quote=True).replace("&#x27;", "&apos;")


def fill(ts: Path) -> None:
    text = ts.read_text(encoding="utf-8")

    def one_message(match: re.Match[str]) -> str:
        block = match.group(0)
        found = re.search(r"<source>(.*?)</source>", block, re.S)
        assert found is not None
        body = "".join(
            f"\n            <numerusform>{escape(f)}</numerusform>"
            for f in forms(html.unescape(found.group(1)))
        )
        translation = "<translation>" + body + "\n        </translation>"
        return re.sub(
            r"<translation[^>]*>.*?</translation>|<translation[^>]*/>", translation, block, flags=re.S
        )

    ts.write_text(
        re.sub(r'<message numerus="yes">.*?</message>', one_message, text, flags=re.S), encoding="utf-8"
    )


if __name__ == "__main__":
    fill(Path(sys.argv[1]))
