"""The workspace pages: home, article, timeline, events, actors, search, login and review.

Each handler gathers rows from the store and hands them to a template; the
templates only lay them out.  Everything shown comes from article text and is
escaped by Jinja2's autoescape or by :mod:`.highlight`; links taken from
articles are kept only when they are http(s).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from markupsafe import Markup, escape

from ..errors import NotAllowedError, ReviewError
from ..store import EventFilter
from ..store.filters import EVENT_TYPES, checked_date
from ..store.parties import COUNTRY_CODE
from ..store.search_query import parse_search, stem_of
from .api import review_from
from .auth import (
    LoginThrottle,
    check_role,
    check_token,
    csrf_token,
    end_session,
    log_in,
    session_user,
    start_session,
)
from .charts import network_svg
from .context import Workspace
from .event_pages import event_pages_router
from .filters import MAX_PAGE
from .highlight import event_summary, highlighted_paragraphs, speaker
from .maps import event_map

STALE_FORM = "the form is out of date or from another site; reload it"


def pages_router(
    workspace: Workspace, throttle: LoginThrottle, openapi: Callable[[], dict[str, Any]]
) -> Any:
    """The HTML routes (``openapi``: the application's OpenAPI document, for the API page)."""

    router = APIRouter(default_response_class=HTMLResponse, include_in_schema=False)
    store = workspace.store
    render = page_renderer(workspace)
    router.include_router(event_pages_router(workspace, render))

    @router.get("/")
    def home(request: Request, page: int = Query(1, ge=1, le=MAX_PAGE)) -> Any:
        articles = store().backend.query(
            "SELECT id, title, outlet, published FROM articles "
            "ORDER BY published DESC, id LIMIT ? OFFSET ?",
            (51, (page - 1) * 50),
        )
        return render(
            request,
            "home.html",
            counts=workspace.cached("counts", lambda: store().counts()),
            articles=articles[:50],
            page=page,
            more=len(articles) > 50,
            entities=workspace.cached("top entities", lambda: store().entities(20)),
        )

    @router.get("/articles/{article_id}")
    def article(request: Request, article_id: str) -> Any:
        analysis = store().article(article_id)
        if analysis is None:
            raise HTTPException(404, f"no article {article_id!r}")
        full_id = analysis.article.id
        latest = workspace.reviews().latest_of_article(full_id)
        speakers = {quote.id: speaker(quote) for quote in analysis.quotes}
        events = [
            {
                "event": event,
                "summary": event_summary(event.type, event.cameo, event.actor, event.target),
                "review": latest.get(event.id),
                "reported_by": [speakers.get(qid, qid) for qid in event.reported_by],
            }
            for event in analysis.events
        ]
        story = store().backend.query(
            "SELECT id, title, outlet, published FROM articles WHERE story_id = "
            "(SELECT story_id FROM articles WHERE id = ?) AND id <> ? ORDER BY published",
            (full_id, full_id),
        )
        return render(
            request,
            "article.html",
            analysis=analysis,
            a=analysis.article,
            paragraphs=highlighted_paragraphs(analysis),
            events=events,
            story=story,
            event_types=sorted(EVENT_TYPES),
            flash=request.query_params.get("reviewed"),
        )

    @router.post("/articles/{article_id}/events/{event_id}/review")
    def review(
        request: Request,
        article_id: str,
        event_id: str,
        csrf: str = Form(""),
        verdict: str = Form(""),
        type: str = Form(""),  # noqa: A002 - the form's field name
        actor_country: str = Form(""),
        target_country: str = Form(""),
        not_an_event: str = Form(""),
        duplicate_of: str = Form(""),
        note: str = Form(""),
    ) -> Any:
        check_token(request, csrf, STALE_FORM)
        user = check_role(session_user(workspace, request), "reviewer", "review events")
        fields = {
            "verdict": verdict,
            "type": type,
            "actor_country": actor_country,
            "target_country": target_country,
            "not_an_event": not_an_event,
            "duplicate_of": duplicate_of,
            "note": note,
        }
        try:
            workspace.reviews().add(review_from(article_id, event_id, fields), user.name)
        except ReviewError as error:
            raise HTTPException(400, error.message) from error
        target = f"/articles/{article_id}?reviewed={event_id}#event-{event_id}"
        return RedirectResponse(target, status_code=303)

    @router.get("/actors/{who}")
    def actor(request: Request, who: str) -> Any:
        who = who.strip()
        is_code = bool(COUNTRY_CODE.match(who))
        entity = None if is_code else store().entity(who)
        as_actor = store().events(EventFilter(actor=who, limit=50))
        as_target = store().events(EventFilter(target=who, limit=50))
        counterparts = store().counterparts(who) if is_code else []
        if not (entity or as_actor or as_target or counterparts or _is_country(who)):
            raise HTTPException(404, f"nothing is known of {who!r}")
        return render(
            request,
            "actor.html",
            who=who,
            is_code=is_code,
            entity=entity,
            as_actor=as_actor,
            as_target=as_target,
            counterparts=counterparts,
            network=network_svg(who, counterparts, lambda code: f"/actors/{code}")
            if is_code
            else None,
            quotes=store().quotes_of(who),
            map=event_map(
                merged_places(
                    workspace.places_of(EventFilter(actor=who)),
                    workspace.places_of(EventFilter(target=who)),
                ),
                lambda place: "/events?" + urlencode({"actor": who}),
            ),
        )

    @router.get("/search")
    def search(
        request: Request,
        q: str = "",
        since: str = "",
        until: str = "",
        outlet: str = "",
        country: str = "",
    ) -> Any:
        results = (
            store().search(
                q,
                50,
                since=checked_date(since, "since"),
                until=checked_date(until, "until"),
                outlet=outlet.strip() or None,
                country=country.strip() or None,
            )
            if q.strip()
            else []
        )
        return render(
            request,
            "search.html",
            q=q,
            since=since,
            until=until,
            outlet=outlet,
            country=country,
            results=results,
        )

    @router.get("/api/v1/docs")
    def api_docs(request: Request) -> Any:
        """The API described from its OpenAPI document, on a page of this site."""
        return render(request, "api_docs.html", endpoints=endpoints_of(openapi()))

    @router.get("/login")
    def login_page(request: Request, next: str = "/") -> Any:  # noqa: A002
        return render(request, "login.html", next=_local_path(next), problem=None)

    @router.post("/login")
    def login(
        request: Request,
        name: str = Form(""),
        password: str = Form(""),
        csrf: str = Form(""),
        next: str = Form("/"),  # noqa: A002
    ) -> Any:
        check_token(request, csrf, STALE_FORM)
        try:
            user = log_in(workspace, throttle, name, password)
        except NotAllowedError as error:
            return render(
                request, "login.html", status=401, next=_local_path(next), problem=error.message
            )
        start_session(workspace, request, user)
        return RedirectResponse(_local_path(next), status_code=303)

    @router.post("/logout")
    def logout(request: Request, csrf: str = Form("")) -> Any:
        check_token(request, csrf, STALE_FORM)
        end_session(workspace, request)
        return RedirectResponse("/", status_code=303)

    return router


def page_renderer(workspace: Workspace) -> Callable[..., Any]:
    """``render(request, template, status=200, **context)``: a page with the user, the
    form token and the template helpers every page uses."""
    templates = workspace.templates()
    templates.env.filters["safe_url"] = safe_url
    templates.env.filters["docstring"] = docstring
    templates.env.filters["quoted"] = quoted
    templates.env.globals["marked"] = marked
    templates.env.globals["country_name"] = country_name
    templates.env.globals["headline"] = headline

    def render(request: Request, name: str, status: int = 200, **context: Any) -> Any:
        context |= {"user": session_user(workspace, request), "csrf": csrf_token(request)}
        return templates.TemplateResponse(request, name, context, status_code=status)

    return render


def endpoints_of(document: dict[str, Any]) -> list[dict[str, Any]]:
    """Each operation of an OpenAPI document with its parameters, for the API page."""
    found = []
    for path, operations in document.get("paths", {}).items():
        for method, operation in operations.items():
            parameters = [
                {
                    "name": p["name"],
                    "where": p["in"],
                    "required": p.get("required", False),
                    "type": _schema_type(p.get("schema", {})),
                    "default": p.get("schema", {}).get("default"),
                }
                for p in operation.get("parameters", [])
            ]
            found.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": operation.get("summary", ""),
                    "description": operation.get("description", ""),
                    "parameters": parameters,
                    "body": "requestBody" in operation,
                }
            )
    return found


QUOTATION_MARKS = "\"'“”„‟‘’‚‛«»‹›「」『』"


def quoted(text: str) -> str:
    """A direct quote between one pair of curly quotation marks: a quote whose words keep
    their own marks ('"set forth new goals"') is not wrapped in a second pair."""
    return f"“{text.strip().strip(QUOTATION_MARKS).strip()}”"


def marked(snippet: str, words: str) -> Markup:
    """A search snippet, escaped, with each whole word the query matches marked (a word its
    stem begins, as the index stems: 'drones' marks 'drone'; never OR or an excluded word)."""
    terms = sorted({w.casefold() for w in parse_search(words).words}, key=len, reverse=True)
    if not terms:
        return Markup(escape(snippet))
    stems = "|".join(re.escape(stem_of(t)) for t in terms)
    pattern = re.compile(rf"\b(?:{stems})\w*", re.IGNORECASE)
    parts, last = [], 0
    for match in pattern.finditer(snippet):
        parts.append(str(escape(snippet[last : match.start()])))
        parts.append(f"<mark>{escape(match.group(0))}</mark>")
        last = match.end()
    parts.append(str(escape(snippet[last:])))
    return Markup("".join(parts))


def docstring(text: str) -> Markup:
    """A docstring as HTML: escaped, its ``literals`` as code."""
    return Markup(re.sub(r"``(.+?)``", r"<code>\1</code>", str(escape(text))))


def _schema_type(schema: dict[str, Any]) -> str:
    """'string', 'integer (1..500)', 'day|week|month|year'... from a parameter's schema."""
    options = [s for s in schema.get("anyOf", [schema]) if s.get("type") != "null"]
    kinds = []
    for option in options:
        kind = str(option.get("type", "any"))
        if "pattern" in option:
            kind = option["pattern"].strip("^$()").replace("|", " | ")
        if "minimum" in option or "maximum" in option:
            kind += f" ({option.get('minimum', '')}..{option.get('maximum', '')})"
        kinds.append(kind)
    return " or ".join(kinds) or "any"


def safe_url(url: str | None) -> str | None:
    """The URL when it is http(s), else None (``javascript:`` and friends never become links)."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def headline(title: str | None, outlet: str | None, article_id: str) -> str:
    """What a link to an article says: its title, else where it is from and its id."""
    if title and title.strip():
        return title.strip()
    return f"Untitled, {outlet} ({article_id[:8]})" if outlet else f"Untitled ({article_id[:8]})"


def country_name(code: str | None) -> str:
    """'PRK' -> 'Korea, Democratic People's Republic of' (the code itself when unknown)."""
    if not code:
        return ""
    import pycountry

    found = pycountry.countries.get(alpha_3=code) if len(code) == 3 else None
    return (
        str(getattr(found, "common_name", None) or getattr(found, "name", code)) if found else code
    )


def _is_country(code: str) -> bool:
    """An ISO 3166-1 alpha-3 code ('ZZZ' is none: its page would pretend to be a country's)."""
    from ..annotate.gazetteer import gazetteer

    return code in gazetteer().alpha3_to_alpha2


def merged_places(*lists: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Places of an actor's events as actor and as target, one row per point, counts added."""
    merged: dict[tuple[Any, Any], dict[str, Any]] = {}
    for rows in lists:
        for row in rows:
            key = (row["latitude"], row["longitude"])
            if key in merged:
                merged[key] = {**merged[key], "events": merged[key]["events"] + row["events"]}
            else:
                merged[key] = dict(row)
    return list(merged.values())


def _local_path(target: str) -> str:
    """Only paths on this site are followed after login (no open redirect)."""
    safe = target.startswith("/") and not target.startswith(("//", "/\\"))
    return target if safe and "\\" not in target else "/"
