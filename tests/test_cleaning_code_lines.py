"""Markup and script code that an HTML page's extraction leaves as text (ad tags, font-size
widgets written with document.write, "e-mail this story" scripts) is boilerplate with a reason,
not story text; prose with an inline tag stays. Seen on L3S-GN1 pages: a topic of
"story / continue / div / gif / width / height / src / border" in a report. Invented texts."""
from __future__ import annotations

from analysis.clean.cleaning import CODE_REASON, classify_document

STORY = ("Harbour officials said on Monday that the old pier would close for repairs after "
         "engineers found cracks in three pillars, and that ferries would use the north quay.")


def _labels(text):
    c = classify_document(text)
    return [(line, lab, why) for line, lab, why in zip(c.lines, c.labels, c.reasons) if line.strip()]


def test_ad_tags_and_script_lines_are_code():
    page = "\n\n".join([
        STORY,
        "<a href='http://ads.example.com/click?n=1' target='_blank'><img src='http://ads.example.com/view?n=1' border='0' alt='' /></a>",
        "var Win = window.open(url+'&the_url='+chosen, 'Email', 'width=' + width + ',height=' + height);",
        "document.write('<div class=\"ft2\"><a href=\"#\" onClick=\"changeFontSize(10); return false;\"><img src=\"/i/small.gif\" width=\"16\" height=\"16\" /></a></div>');",
        "The repairs are expected to take most of the year, the harbour master said.",
    ])
    rows = _labels(page)
    code = [line for line, lab, why in rows if why == CODE_REASON]
    assert len(code) == 3 and all(lab == "boilerplate" for _, lab, why in rows if why == CODE_REASON)
    kept = [line for line, lab, _ in rows if lab in (None, "body")]
    assert STORY in kept and any("harbour master said" in line for line in kept)


def test_prose_with_an_inline_tag_or_code_words_stays():
    lines = ["<b>WASHINGTON</b> - The president said on Tuesday that the talks would resume next week in Geneva.",
             "The attackers used document.write( calls to inject a frame into the page, researchers said.",
             "Prices rose 3% (from 2.1%) in May, the statistics agency said on Friday."]
    rows = _labels("\n\n".join([STORY] + lines))
    assert not [line for line, _, why in rows if why == CODE_REASON]


def test_text_wrapped_in_link_markup_stays():
    """AG News items keep their feed's markup: a wire story with '<A HREF="...">MSFT.O</A>' after
    each company, or a headline inside a link, is text even when the tags are most of the line."""
    lines = ['SEATTLE (Reuters) - Microsoft Corp. <A HREF="http://www.investor.example.com/FullQuote.aspx?ticker=MSFT.O target=/stocks/quickinfo/fullquote">MSFT.O</A> said on Monday it had agreed to settle.',
             '<a href="http://news.example.com/2100-1039_3-5365922.html">Nokia joins Secure Digital industry group</a> <font size=-1 color=#6f6f6f><nobr>CNET News.com</nobr>']
    for line in lines:
        rows = _labels(line)
        assert not [x for x in rows if x[2] == CODE_REASON], line


def test_a_short_headline_or_dateline_in_inline_markup_is_text():
    for line in ['<a href="/news/2008/11/obama-wins.html">Obama wins election</a>', "<b>WASHINGTON</b> <i>AP</i>"]:
        assert not [x for x in _labels(STORY + "\n\n" + line) if x[2] == CODE_REASON], line
