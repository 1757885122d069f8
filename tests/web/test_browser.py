"""The workspace in a real headless Chromium (Debian's, driven by Playwright): read the
example with its highlights, hover an event, follow PRK and KOR on the timeline to the 26
December events and their sources, correct an event as a reviewer and see it persist, and
open hostile articles without any of their scripts running.

Screenshots of the main pages go to ``build/screenshots/`` for people to look at.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .conftest import PASSWORDS, Site

sync_api = pytest.importorskip("playwright.sync_api")
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SCREENSHOTS = Path(__file__).parents[2] / "build" / "screenshots"

if not Path(CHROMIUM).exists():
    pytest.skip(
        "no Chromium: apt-get install chromium (.ci/run installs it)", allow_module_level=True
    )


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",  # the test run may be root, in a container
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-extensions",
            ],
        )
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh browser context (no cookies) with a wide window; console errors collected."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    opened.set_default_timeout(15_000)
    opened.console_errors = []
    opened.on(
        "console", lambda m: opened.console_errors.append(m.text) if m.type == "error" else None
    )
    yield opened
    context.close()


def shoot(page: Any, name: str, full_page: bool = False) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=full_page)


def warning_shots_mark(page: Any) -> Any:
    """The example's 'fired' trigger (Seoul fired warning shots)."""
    marks = page.locator("mark.hl.hl-event").filter(
        has=page.locator("span.marked", has_text="fired")
    )
    return marks.first


def test_the_example_article_shows_its_annotations(site: Site, page: Any) -> None:
    page.goto(f"{site.url}/articles/{site.example_id}")
    assert "Kim Jong-un unveils goals" in page.locator("h1").inner_text()
    for kind in ("entity", "time", "cue", "event"):
        assert page.locator(f"#body mark.hl.hl-{kind}").count() > 0, kind
    assert page.locator("#body span.quoted").count() > 0
    tip = warning_shots_mark(page).locator(".tip")
    assert not tip.is_visible()
    warning_shots_mark(page).hover()
    assert tip.is_visible()
    assert "MOBILIZE" in tip.inner_text() and "2022-12-26" in tip.inner_text()
    shoot(page, "article-hover")
    # the keyboard reaches the same details
    page.mouse.move(0, 0)
    monday = page.locator("#body mark.hl.hl-time").filter(
        has=page.locator("span.marked", has_text="Monday")
    )
    monday.focus()
    assert "2022-12-26" in monday.locator(".tip").inner_text()
    # each event in the list links to its sentence in the text
    events = page.locator("ol.events li.event")
    assert events.count() >= 5
    event_id = warning_shots_mark(page).get_attribute("id")
    page.locator(f'a.event-link[href="#{event_id}"]').click()
    assert page.url.endswith(f"#{event_id}")
    assert page.evaluate("document.querySelector(':target').id") == event_id
    # the boilerplate is there to audit, collapsed
    removed = page.locator("details.removed")
    assert removed.count() == 1 and removed.get_attribute("open") is None
    assert not page.get_by_text("donation", exact=False).first.is_visible()
    page.evaluate("window.scrollTo(0, 0)")
    shoot(page, "article")
    assert page.console_errors == []


def test_the_timeline_of_prk_and_kor_leads_to_the_26_december_events(site: Site, page: Any) -> None:
    page.goto(f"{site.url}/timeline?actor=PRK&target=KOR")
    bar = page.locator('svg.timeline a.bar[data-period="2022-12-26"]')
    assert bar.count() == 1
    assert page.locator('svg.timeline a.bar[data-period="2022-12-26"] rect.quad4').count() == 1
    shoot(page, "timeline")
    bar.click()
    page.wait_for_url("**/events?**")
    assert "since=2022-12-26" in page.url and "until=2022-12-26" in page.url
    listed = page.locator("ol.events li.event")
    assert listed.count() >= 2
    assert all("2022-12-26" in text for text in listed.locator(".date").all_inner_texts())
    sources = page.locator("ul.sources a")
    outlets = " ".join(page.locator("ul.sources small").all_inner_texts())
    assert sources.count() >= 3 and "outlet-a.example" in outlets
    shoot(page, "events")
    sources.first.click()  # a source opens its article at the event's sentence
    page.wait_for_url("**/articles/**#ev-V*")
    assert page.evaluate("document.querySelector(':target') !== null")
    # per week; and asserted only: the 26 December events are told through a source ("the
    # military said") or claimed; what is left is Seoul condemning the North's launch
    page.goto(f"{site.url}/timeline?actor=PRK&target=KOR&by=week")
    assert page.locator('svg.timeline a.bar[data-period="2022-W52"]').count() == 1
    page.select_option("select[name=modality]", "asserted")
    page.click("form.filters button")
    page.wait_for_url("**modality=asserted**")
    page.locator("svg.timeline a.bar").first.click()
    page.wait_for_url("**/events**")
    listed_week = page.locator("ol.events li.event").all_inner_texts()
    assert any("ACCUSE → North Korea (PRK)" in text for text in listed_week), listed_week


def test_the_timeline_and_actor_pages_map_where_events_happened(site: Site, page: Any) -> None:
    page.goto(f"{site.url}/timeline?actor=KOR")
    assert page.locator("svg.map path.land").count() > 150  # the world's countries
    titles = page.locator("svg.map a.spot title").all_text_contents()
    assert any(t.startswith("Gimpo (KOR)") for t in titles), titles
    shoot(page, "timeline-map")
    page.locator("svg.map a.spot").first.click()
    page.wait_for_url("**/events?**")
    assert page.locator("ol.events li.event").count() >= 1
    page.goto(f"{site.url}/actors/KOR")
    titles = page.locator("svg.map a.spot title").all_text_contents()
    assert any(t.startswith("Gimpo (KOR)") for t in titles), titles
    assert page.console_errors == []


def test_actor_and_search_pages(site: Site, page: Any) -> None:
    page.goto(f"{site.url}/actors/PRK")
    assert "North Korea" in page.locator("h1").inner_text()
    assert page.locator("svg.network a.node", has_text="KOR").count() == 1
    assert page.locator("table.list").first.locator("tbody tr").count() >= 3
    shoot(page, "actor")
    page.goto(f"{site.url}/")
    page.fill("header input[name=q]", "warning shots drones")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=*")
    results = page.locator("ol.results li")
    assert results.count() >= 3
    shoot(page, "search")
    page.goto(f"{site.url}/search?q=drones&outlet=outlet-b.example")
    assert page.locator("ol.results li").count() >= 1
    assert set(page.locator("ol.results small").all_inner_texts()) == {
        t for t in page.locator("ol.results small").all_inner_texts() if "outlet-b.example" in t
    }
    page.locator("ol.results li a").first.click()
    page.wait_for_url("**/articles/*")
    assert page.locator("#body mark.hl").count() > 0
    shoot(page, "home-search-result")


def test_a_reviewer_corrects_an_event_and_the_correction_persists(
    site: Site, page: Any, browser: Any
) -> None:
    page.goto(f"{site.url}/articles/{site.example_id}")
    assert page.locator("details.review").count() == 0  # not logged in: no review form
    page.click("text=Log in")
    page.fill("input[name=name]", "ana")
    page.fill("input[name=password]", PASSWORDS["ana"])
    page.click("form.login button")
    page.wait_for_url(f"**/articles/{site.example_id}")
    assert "ana" in page.locator(".who .user").inner_text()
    event_id = warning_shots_mark(page).get_attribute("id").removeprefix("ev-")
    item = page.locator(f"li#event-{event_id}")
    item.locator("details.review summary").click()
    item.locator("input[name=verdict][value=wrong]").check()
    item.locator("select[name=type]").select_option("ASSAULT")
    item.locator("input[name=target_country]").fill("prk")
    item.locator("textarea[name=note]").fill("warning shots at drones: corrected in Chromium")
    item.locator("button[type=submit]").click()
    page.wait_for_url(f"**/articles/{site.example_id}?reviewed={event_id}#event-{event_id}")
    assert "saved" in page.locator(".notice").inner_text()
    state = page.locator(f"li#event-{event_id} .review-state")
    assert state.locator(".verdict").text_content() == "wrong"
    assert "type ASSAULT target PRK" in state.inner_text() and "by ana" in state.inner_text()
    shoot(page, "review")
    page.reload()
    assert (
        "corrected in Chromium" in page.locator(f"li#event-{event_id} .review-state").inner_text()
    )
    # reading is open: a reader with no login sees the review, and no form
    other = browser.new_context().new_page()
    other.goto(f"{site.url}/articles/{site.example_id}")
    assert "corrected in Chromium" in other.locator(f"li#event-{event_id}").inner_text()
    assert other.locator("details.review").count() == 0
    history = other.request.get(
        f"{site.url}/api/v1/events/{site.example_id}/{event_id}/reviews"
    ).json()["items"]
    assert history[0]["note"] == "warning shots at drones: corrected in Chromium"
    assert (history[0]["type"], history[0]["target_country"]) == ("ASSAULT", "PRK")
    other.context.close()


def test_a_viewer_reads_but_cannot_review(site: Site, page: Any) -> None:
    page.goto(f"{site.url}/login")
    page.fill("input[name=name]", "vic")
    page.fill("input[name=password]", PASSWORDS["vic"])
    page.click("form.login button")
    page.goto(f"{site.url}/articles/{site.example_id}")
    assert "vic" in page.locator(".who .user").inner_text()
    assert page.locator("details.review").count() == 0


@pytest.mark.parametrize("which", ["hostile_text_id", "hostile_page_id"])
def test_hostile_articles_run_no_script(site: Site, page: Any, which: str) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{site.url}/articles/{getattr(site, which)}")
    for mark in page.locator("mark.hl").all():
        mark.hover()
        mark.focus()
    for link in page.locator("main a").all():
        link.hover()
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert dialogs == []
    hrefs = page.evaluate("[...document.querySelectorAll('a')].map(a => a.protocol)")
    assert set(hrefs) <= {"http:", "https:"}
    assert page.evaluate("document.querySelectorAll('script').length") == 1  # ours
    assert (
        page.evaluate("document.querySelectorAll('main img, main svg:not(.timeline)').length") == 0
    )
    body = page.locator("main").inner_text()
    if which == "hostile_text_id":
        assert "<script>window.__xss=5</script>" in body  # shown as the text it is
    else:
        assert "<img src=x onerror=window.__xss=8>" in page.locator("h1").inner_text()
        assert "Kidal profile" in body
    assert not [e for e in page.console_errors if "Content Security Policy" in e]
    shoot(page, f"hostile-{which.split('_')[1]}")


def _listed_total(page: Any) -> int:
    """The count the events page says it lists ('1–3 of 3 events'), 0 when none match."""
    counted = page.locator(".result-count b.total")
    return int(counted.inner_text()) if counted.count() else 0


def test_the_timeline_s_totals_match_the_lists_behind_them(site: Site, page: Any) -> None:
    """Issue 19: every bar, band and total of the timeline opens a list of exactly as many
    events, per day and per month; coarsely dated events are bands, said so, not dropped."""
    for by in ("day", "month"):
        page.goto(f"{site.url}/timeline?actor=PRK&by={by}")
        rows = page.locator("table.periods tbody tr")
        expected = [
            (row.locator("a").get_attribute("href"), int(row.locator("td").nth(1).inner_text()))
            for row in rows.all()
        ]
        assert expected, by
        total = int(page.locator("table.periods tfoot th").nth(1).inner_text())
        assert total == sum(count for _, count in expected)
        if by == "day":
            assert page.locator("svg.timeline a.band").count() >= 1
            assert (
                "dated only to a week, a month or a year"
                in page.locator("figcaption").first.inner_text()
            )
            shoot(page, "timeline-bands")
        all_link = page.locator("a.all-events").get_attribute("href")
        for href, count in [*expected, (all_link, total)]:
            page.goto(f"{site.url}{href}")
            assert _listed_total(page) == count == page.locator("ol.events li.event").count(), href
    # a bar in the chart says the same as its row
    page.goto(f"{site.url}/timeline?actor=PRK&target=KOR")
    bar = page.locator('svg.timeline a.bar[data-period="2022-12-26"]')
    said = int(bar.locator("title").text_content().split(": ")[1].split(" ")[0])
    bar.click()
    page.wait_for_url("**/events?**")
    assert _listed_total(page) == said
    assert page.console_errors == []


def test_the_timeline_has_presets_periods_and_breakdowns(site: Site, page: Any) -> None:
    page.goto(f"{site.url}/timeline?actor=KOR&by=year")
    assert page.locator('svg.timeline a.bar[data-period="2022"]').count() == 1
    assert [o.inner_text() for o in page.locator("select[name=by] option").all()] == [
        "day", "week", "month", "year",
    ]  # fmt: skip
    page.locator(".presets a", has_text="last 7 days").click()
    page.wait_for_url("**since=2022-12-26**")
    assert "until=2023-01-01" in page.url
    types = page.locator(".breakdowns ul.facet").first
    assert types.locator("li").count() >= 1
    page.goto(f"{site.url}/timeline?actor=KOR&since=yesterday")
    assert "is not a date" in page.locator("main").inner_text()


def test_the_events_page_pages_facets_and_downloads_what_it_shows(site: Site, page: Any) -> None:
    page.goto(f"{site.url}/events")
    total = _listed_total(page)
    assert total > 0
    shown = page.locator("ol.events li.event").count()
    assert shown == min(total, 50)
    facet = page.locator(".breakdowns ul.facet a").first
    label, count = facet.inner_text(), int(facet.locator("xpath=..").locator(".count").inner_text())
    facet.click()
    page.wait_for_url("**/events?**")
    assert _listed_total(page) == count, label
    csv_href = page.locator("a.download", has_text="CSV").get_attribute("href")
    json_href = page.locator("a.download", has_text="JSON").get_attribute("href")
    rows = page.request.get(f"{site.url}{csv_href}").text().strip().splitlines()
    assert len(rows) - 1 == count  # a header and exactly the rows shown
    items = page.request.get(f"{site.url}{json_href}").json()["items"]
    assert len(items) == count and all(item["story_event_id"] for item in items)


def test_the_claimant_is_on_the_events_and_actor_pages(site: Site, page: Any) -> None:
    page.goto(f"{site.url}/events?actor=PRK&target=KOR")
    claimed = page.locator("ol.events .claimant")
    assert claimed.count() >= 1
    page.goto(f"{site.url}/actors/PRK")
    told = " ".join(page.locator("td.told-as").all_inner_texts())
    assert "according to" in told
    assert page.locator("tr.status-planned .tag.status").count() >= 1  # a plan says so


def test_the_pair_matrix_opens_the_events_of_a_cell(site: Site, page: Any) -> None:
    page.goto(f"{site.url}/matrix")
    cell = page.locator('table.matrix a[data-pair="PRK|KOR"]')
    assert cell.count() == 1
    said = int(cell.inner_text())
    shoot(page, "matrix")
    cell.click()
    page.wait_for_url("**/events?**")
    assert "oneway=1" in page.url
    assert _listed_total(page) == said
    rows = page.locator("ol.events li.event b").all_inner_texts()
    assert all("(PRK)" in row.split("→")[0] and "(KOR)" in row.split("→")[-1] for row in rows)


def test_search_marks_whole_words_and_quotes_are_not_doubled(site: Site, page: Any) -> None:
    page.goto(f"{site.url}/search?q=drones")
    marks = page.locator("ol.results .snippet mark").all_inner_texts()
    assert marks and all(m.lower() == "drones" for m in marks)
    page.goto(f"{site.url}/articles/{site.example_id}")
    quotes = page.locator("ul.quotes li").all_inner_texts()
    assert not [q for q in quotes if '“"' in q or '"”' in q or "““" in q]
