"""Outlet and publication date of HTML pages: structured metadata first, boilerplate refused,
missing with a reason rather than wrong. All pages here are invented."""
import warnings

import pandas as pd
import pytest

from analysis.corpus.html_metadata import clean_outlet, page_metadata
from analysis.corpus.loading import load_corpus

BODY = (
    "<p>The harbour board voted on Tuesday to raise ferry fares by ten percent from the spring, "
    "citing fuel costs and a shortfall in the maintenance budget.</p>"
    "<p>Commuters said the rise would hit families who cross twice a day, and the board's chair "
    "promised a review of concession tickets before the new fares take effect.</p>"
    "<p>Opposition members asked for the accounts to be published in full and for a public "
    "meeting in each of the three island towns before any further increase.</p>"
)


def page(head="", body_top="", footer="", title="Ferry fares rise on the island routes", h1=True):
    return (f"<html><head><title>{title}</title>{head}</head><body>"
            + (f"<h1>Ferry fares rise on the island routes</h1>" if h1 else "")
            + f"{body_top}<div class='story'>{BODY}</div><div id='footer'>{footer}</div>"
            "</body></html>")


# ---------------------------------------------------------------- clean_outlet

@pytest.mark.parametrize("value, why", [
    ("© 1999 Harbour Media Ltd.", "copyright"),
    ("Copyright (c) 2010 Island Broadcasting Ventures", "copyright"),
    ("© MMXI, Coastal Corporation. All Rights Reserved.", "copyright"),
    ("(c) Gazette Group", "copyright"),
    ("Home", "navigation"),
    ("Latest News", "navigation"),
    ("Weather Story", "section label"),
    ("Fares rise again as the board votes for a ten percent increase", "too long"),
    ("2011: the year in pictures", "year"),
])
def test_clean_outlet_refuses_boilerplate(value, why):
    out, reason = clean_outlet(value)
    assert out is None and why in reason


@pytest.mark.parametrize("value, expected", [
    ("Harbour Herald", "Harbour Herald"),
    ("harbourherald.co.uk > Local News", "harbourherald.co.uk"),
    ("Island Post / Home / Transport", "Island Post"),
    ("Ferries blog from www.islandpost.com", "islandpost.com"),
    ("www.tidewatch.net ®", "tidewatch.net"),
    ("Welcome to islandpost.com - Transport", "islandpost.com"),
    ("The Island Post", "The Island Post"),
])
def test_clean_outlet_keeps_names(value, expected):
    assert clean_outlet(value) == (expected, None)


def test_clean_outlet_empty():
    assert clean_outlet(None) == (None, None) and clean_outlet("  ") == (None, None)


# ---------------------------------------------------------------- page_metadata: outlet

def test_og_site_name_beats_copyright_footer():
    html = page('<meta property="og:site_name" content="Harbour Herald">',
                footer="© 1999 Harbour Media Ltd. All rights reserved.")
    m = page_metadata(html, run_htmldate=False)
    assert (m["outlet"], m["outlet_source"]) == ("Harbour Herald", "meta og:site_name")


def test_ld_json_publisher():
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
          '{"@type": "NewsArticle", "headline": "Ferry fares rise", "datePublished": '
          '"2019-06-03T07:15:00+01:00", "publisher": {"@type": "Organization", '
          '"name": "Island Post"}}]}</script>')
    m = page_metadata(page(ld), run_htmldate=False)
    assert m["outlet"] == "Island Post" and m["outlet_source"] == "ld+json publisher"
    assert m["published"] == "2019-06-03" and m["date_source"] == "ld+json datePublished"
    assert m["date_basis"] == "metadata"


def test_copyright_sitename_refused_with_reason_and_no_wrong_value():
    m = page_metadata(page(footer="© 1999 Harbour Media Ltd."), sitename="© 1999 Harbour Media Ltd.",
                      run_htmldate=False)
    assert m["outlet"] is None
    assert "refused: copyright" in m["metadata_note"]


def test_navigation_sitename_refused_then_address_host():
    m = page_metadata(page('<link rel="canonical" href="https://www.islandpost.example.com/x/1">'),
                      sitename="Home", run_htmldate=False)
    assert m["outlet"] == "islandpost.example.com"
    assert m["outlet_source"] == "host name of the address"
    assert "navigation" in m["metadata_note"]


def test_headline_is_not_an_outlet_but_the_title_beside_it_is():
    html = page(title="Ferry fares rise on the island routes - Island Post")
    m = page_metadata(html, title="Ferry fares rise on the island routes",
                      sitename="Ferry fares rise on the island routes", run_htmldate=False)
    assert m["outlet"] == "Island Post"
    assert m["outlet_source"] == "page <title> beside the headline"
    assert "headline" in m["metadata_note"]
    # without the headline printed on the page the title split is not trusted
    html = page(title="Ferry fares rise on the island routes - Island Post", h1=False)
    assert page_metadata(html, title="Ferry fares rise on the island routes",
                         run_htmldate=False)["outlet"] is None


# ---------------------------------------------------------------- page_metadata: dates

def test_meta_published_time_beats_copyright_year():
    html = page('<meta property="article:published_time" content="2021-03-04T08:00:00Z">',
                footer="© 1997 - 2021 Harbour Media. All Rights Reserved.")
    m = page_metadata(html)
    assert (m["published"], m["date_basis"]) == ("2021-03-04", "metadata")
    assert m["date_source"] == "meta article:published_time"


def test_time_datetime_pubdate():
    html = page(body_top='<p>By A. Writer <time datetime="2016-11-02T10:00" pubdate>2 Nov</time></p>')
    m = page_metadata(html, run_htmldate=False)
    assert m["published"] == "2016-11-02" and m["date_source"] == "time datetime (pubdate)"


def test_expires_and_modified_are_not_publication_dates():
    html = page('<meta http-equiv="expires" content="Mon, 30 May 2005 00:00:00 GMT">'
                '<meta name="last-modified" content="2005-05-30">')
    m = page_metadata(html, run_htmldate=False)
    assert m["published"] is None and m["date_basis"] == "unknown"
    assert "no publication date" in m["metadata_note"]


def test_copyright_year_from_htmldate_is_refused():
    # what htmldate returns for a page whose only year is in the copyright line
    html = page(footer="© 1997 - 2012 Harbour Media. All Rights Reserved.")
    m = page_metadata(html, found_date="1997-01-01")
    assert m["published"] is None and m["date_basis"] == "unknown"
    assert "1997 (from a copyright notice)" in m["metadata_note"]


def test_copyright_range_read_as_a_month_is_refused():
    html = page(footer="Copyright &copy; 2009-07 Coastal Media Pvt Ltd. All rights reserved")
    m = page_metadata(html, found_date="2009-07-01")
    assert m["published"] is None and "2009-07" in m["metadata_note"]


def test_first_of_month_printed_in_full_is_kept():
    html = page(body_top="<p>Published: 1 July 2014</p>")
    m = page_metadata(html, found_date="2014-07-01")
    assert (m["published"], m["date_basis"]) == ("2014-07-01", "stated")


def test_date_years_before_the_pages_other_dates_is_refused():
    html = page(body_top="<p>March 12, 2015</p><ul><li>Related: March 10, 2015</li>"
                "<li>March 11, 2015</li></ul>")
    m = page_metadata(html, found_date="2012-11-24")
    assert m["published"] is None
    assert "days before the upper quartile" in m["metadata_note"]


def test_date_only_in_an_image_address_is_refused():
    html = page(body_top='<img src="http://img.example.com/site/2011/0426/20110426_arrow.gif">')
    m = page_metadata(html, found_date="2011-04-26")
    assert m["published"] is None and "image, script or style sheet" in m["metadata_note"]


def test_address_date_and_conflicting_meta():
    # the address says 2018-05-02; a stale template meta date years before is refused, the
    # address date is used and said to be inferred
    html = page('<link rel="canonical" href="https://islandpost.com/2018/05/02/fares.html">'
                '<meta name="date" content="2009-01-15">')
    m = page_metadata(html, run_htmldate=False)
    assert m["published"] == "2018-05-02"
    assert (m["date_basis"], m["date_source"]) == ("inferred", "date in the address")
    assert "2009-01-15 from meta date refused" in m["metadata_note"]


def test_metadata_date_agreeing_with_the_address_wins():
    html = page('<link rel="canonical" href="https://islandpost.com/2018/05/02/fares.html">'
                '<meta name="pubdate" content="20180502">')
    m = page_metadata(html, run_htmldate=False)
    assert (m["published"], m["date_basis"], m["date_source"]) == ("2018-05-02", "metadata", "meta pubdate")


def test_later_dates_on_the_page_do_not_refuse_a_date():
    # an article announcing an event two years ahead keeps its own date
    html = page('<meta name="publishdate" content="2013-02-01">',
                body_top="<p>The new terminal opens on June 1, 2015 and June 2, 2015.</p>")
    assert page_metadata(html, run_htmldate=False)["published"] == "2013-02-01"


# ---------------------------------------------------------------- through load_corpus

def test_load_corpus_html_columns(tmp_path):
    (tmp_path / "a.html").write_text(page(
        '<meta property="og:site_name" content="Harbour Herald">'
        '<meta name="DC.date.issued" content="2020-10-05">',
        footer="© 2001 Harbour Media Ltd. All rights reserved."), encoding="utf-8")
    (tmp_path / "b.html").write_text(page(
        footer="<p>Home</p><p>© 1998 Island Press Ltd. All rights reserved.</p>"), encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_corpus(tmp_path, detect_language=False).set_index("doc_id")
    a, b = corpus.loc["a"], corpus.loc["b"]
    assert a.outlet == "Harbour Herald" and a.outlet_source == "meta og:site_name"
    assert a.published == pd.Timestamp("2020-10-05") and a.date_basis == "metadata"
    assert a.date_source == "meta dc.date.issued"
    # nothing trustworthy on b: missing, with the reason, never the copyright line or year
    assert pd.isna(b.outlet) and pd.isna(b.published) and b.date_basis == "unknown"
    assert isinstance(b.metadata_note, str) and b.metadata_note
    assert "1998" not in str(b.published)


def test_load_corpus_text_outlet_vetted(tmp_path):
    # a navigation label next to the dateline looks like an outlet line to the cleaning; the
    # loader refuses it as an outlet (and keeps a real outlet line)
    body = BODY.replace("<p>", "").replace("</p>", "\n\n")
    (tmp_path / "c.txt").write_text("Ferry fares rise on the island routes\n\nHome\n\n"
                                    "March 3, 2019\n\n" + body, encoding="utf-8")
    (tmp_path / "d.txt").write_text("Ferry fares rise on the island routes\n\nIsland Post\n\n"
                                    "March 3, 2019\n\n" + body, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_corpus(tmp_path, detect_language=False).set_index("doc_id")
    assert pd.isna(corpus.loc["c", "outlet"])
    assert corpus.loc["d", "outlet"] == "Island Post"
    assert corpus.loc["c", "published"] == pd.Timestamp("2019-03-03")


def test_date_after_posted_beats_the_pages_current_date():
    # the header prints today's date (what a generic extractor picks); the story says when it
    # was posted
    html = page(body_top="<div class='masthead'>Wednesday, 16 March 2016</div>"
                "<p class='meta'>Posted at 6:47am on 9 March 2016</p>")
    m = page_metadata(html, found_date="2016-03-16")
    assert m["published"] == "2016-03-09" and m["date_source"] == "page text after 'posted'"
    assert m["date_basis"] == "stated"


def test_published_cue_in_a_copyright_line_does_not_count():
    html = page(footer="<p>Published 12 May 1999 by Harbour Media. Copyright Harbour Media.</p>")
    assert page_metadata(html, run_htmldate=False)["published"] is None


def test_date_only_in_a_script_comment_is_refused():
    html = page(head="<script>//2012-10-15: Banner\nvar zone = 'news';</script>",
                body_top="<p>Ferries</p>")
    m = page_metadata(html, found_date="2012-10-15")
    assert m["published"] is None and "comment of a script" in m["metadata_note"]
    # the same date printed on the page as well is kept
    html = page(head="<script>//2012-10-15: Banner</script>", body_top="<p>October 15, 2012</p>")
    assert page_metadata(html, found_date="2012-10-15")["published"] == "2012-10-15"
    # a date the page's code writes (not a comment) is the page's own
    html = page(head="<script>pubdate='2012/10/15';</script>", body_top="<p>Ferries</p>")
    assert page_metadata(html, found_date="2012-10-15")["published"] == "2012-10-15"


def test_a_date_printed_only_in_a_software_footer_is_refused():
    # "Powered by leshebdos.com V 4 28.05.2007" (a CMS version date) is no publication date
    html = page(footer="Powered by islandcms.com V 4 28.05.2007")
    m = page_metadata(html, found_date="2007-05-28")
    assert m["published"] is None
    assert "software footer" in m["metadata_note"]


def test_online_since_is_a_publication_cue():
    html = page(body_top="<p>Article online since January 10th 2008</p>",
                footer="Powered by islandcms.com V 4 28.05.2007")
    m = page_metadata(html, found_date="2007-05-28")
    assert m["published"] == "2008-01-10" and m["date_basis"] == "stated"
