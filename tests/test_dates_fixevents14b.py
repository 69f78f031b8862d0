"""fixevents14b (reader14 findings 2 and 3): page time stamps, bylines' dates and link lists are
page furniture, not events; a full date with a clock time in running text stays an event."""
import pandas as pd

from analysis.dates.extract import _is_timestamp, events


def _events(texts: dict, published="2008-01-16"):
    c = pd.DataFrame({"doc_id": list(texts), "text": list(texts.values()),
                      "published": pd.to_datetime([published] * len(texts))})
    return events(c)


def test_time_stamps_and_bylines_are_not_events():
    ev = _events({
        "posted": "Video: Shares slide in Asia. POSTED: 6:15 pm EST January 21, 2008\nThe index fell on Tuesday.",
        "wire": "United Press - January 9, 2008 8:12 AM ET DENVER - The mayor spoke on Monday.",
        "byline": "By JANE MORROW Daily Courier Thursday, January 10, 2008 The show opens on Friday.",
        "comment": "What a game.\nPosted by Kev 9/01/2008 1:11:00 PM\nThe squad flies out on Thursday.",
        "stamp": "Nice try, lads. 3/02/2008 10:40:00 AM",
    })
    got = set(zip(ev["doc_id"], ev["expression"]))
    assert got == {("posted", "Tuesday"), ("wire", "Monday"), ("byline", "Friday"),
                   ("comment", "Thursday")}
    assert not (ev["date"] > pd.Timestamp("2008-03-01")).any()   # no stamp lands months ahead


def test_a_list_of_links_gives_no_events():
    ev = _events({"links": ">> Tech - Sony to ship new console in 2010 >> Tech - Nokia cuts prices "
                           ">> Tech - Dell recalls batteries"})
    assert ev.empty


def test_dates_with_clock_times_in_running_text_stay_events():
    ev = _events({
        "quake": "The earthquake struck at 2:46 pm on March 11, 2011, and a tsunami followed.",
        "deadline": "Bids close on January 30, 2008 at 5:00 PM, the council said.",
        "by": "Voters must register by January 25, 2008.",
        "posted": "The letter was posted on Monday.",
    })
    assert set(ev["doc_id"]) == {"quake", "deadline", "by", "posted"}


def test_is_timestamp_reads_the_line_of_the_date():
    s = "Posted by Kev 9/01/2008 1:11:00 PM"
    assert _is_timestamp(s, 14, len(s))
    s = "Talks ended at 11:30 pm on May 2, 2019."
    assert not _is_timestamp(s, s.index("11:30"), s.index("2019") + 4)
