"""The review desk web app (Starlette + Jinja2 + vendored htmx), served by ``xuncha serve``.

Every page works with JavaScript off (plain forms and links, POST → 303 → GET); htmx boosts
links and forms and ``static/desk.js`` adds the keyboard. Security: a strict CSP (no inline
script or style anywhere), a Host allow-list (400), same-origin and CSRF checks on every POST
(403, nothing written), ``nosniff``, ``no-referrer``, ``no-store``; server-side sessions
(``auth``); viewers read, reviewers and admins write.
"""
from __future__ import annotations

import dataclasses
import functools
import hmac
import secrets
import threading
import time
from pathlib import Path
from typing import Optional

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders, QueryParams
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from ..rules import RuleSet, load_taxonomy
from ..store import Store
from . import auth, queries
from .auth import DeskError

HERE = Path(__file__).resolve().parent
HTMX_VERSION = "2.0.11"
HTMX_SHA256 = "d6fdc75f204e6bdefa99b69bf1e6d4ac69b8a364f77929f45c13476b4000f717"

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'")
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
}
SESSION_COOKIE = "xuncha_session"
LOGIN_COOKIE = "xuncha_login"  # pre-session CSRF token of the login form (double submit)
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


def _host_of(header: Optional[str]) -> Optional[str]:
    """The host name of a Host header without its port; None when malformed."""
    if not header or len(header) > 255 or any(ch in header for ch in " /\\@?#"):
        return None
    if header.startswith("["):
        end = header.find("]")
        if end < 0 or (header[end + 1:] and not header[end + 1:].startswith(":")):
            return None
        return header[1:end].lower()
    host, _, port = header.partition(":")
    if port and not port.isdigit():
        return None
    return host.lower().rstrip(".")


class Guard:
    """Outermost middleware: the Host allow-list (anything else: 400) and the security headers
    on every response, errors included."""

    def __init__(self, app, allowed_hosts: set[str]):
        self.app = app
        self.allowed = {h.lower().strip("[]") for h in allowed_hosts}

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def guarded_send(message):
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for key, value in SECURITY_HEADERS.items():
                    headers[key] = value
            await send(message)

        host = None
        for key, value in scope.get("headers", []):
            if key == b"host":
                host = _host_of(value.decode("latin-1"))
                break
        if host is None or host not in self.allowed:
            response = PlainTextResponse("400 主机名不在允许列表中 (Host not allowed)", status_code=400)
            return await response(scope, receive, guarded_send)
        return await self.app(scope, receive, guarded_send)


class LoginThrottle:
    """At most ``limit`` failed logins per user name within ``window`` seconds (in memory);
    beyond that every attempt for the name is refused until the window passes."""

    def __init__(self, limit: int = 10, window: float = 300.0):
        self.limit, self.window = limit, window
        self._fails: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, name: str, now: float) -> list[float]:
        fails = [t for t in self._fails.get(name, []) if now - t < self.window]
        if fails:
            self._fails[name] = fails
        else:
            self._fails.pop(name, None)
        return fails

    def blocked(self, name: str) -> bool:
        with self._lock:
            return len(self._recent(name, time.monotonic())) >= self.limit

    def failed(self, name: str) -> None:
        with self._lock:
            now = time.monotonic()
            self._fails[name] = self._recent(name, now) + [now]

    def succeeded(self, name: str) -> None:
        with self._lock:
            self._fails.pop(name, None)


@functools.lru_cache(maxsize=4)
def _rules(rules_dir: Optional[str]):
    """Taxonomy and rule set (for highlighting rule hits), loaded once per rules folder."""
    taxonomy = load_taxonomy(rules_dir)
    return taxonomy, RuleSet.load(rules_dir, taxonomy)


class Desk:
    """The app's state: the store path, taxonomy, rules (for highlighting) and thresholds."""

    def __init__(self, db: str, rules_dir: Optional[Path] = None, model_dir: Optional[Path] = None):
        self.db = str(db)
        self.taxonomy, self.rules = _rules(str(rules_dir) if rules_dir else None)
        self.thresholds = queries.load_thresholds(model_dir)
        self.labels = {c.code: c.label for c in self.taxonomy.categories}
        self._sync_lock = threading.Lock()
        with Store(self.db, create=False) as store:
            queries.ensure_indexes(store)  # once, as the desk opens the store: not on every page
            self.sync(store)

    def sync(self, store) -> None:
        """Bring the queue up to date after a tagging run (one request at a time does it)."""
        with self._sync_lock:
            queries.sync_if_needed(store, self.thresholds)

    def call(self, fn, *args):
        """Run ``fn(store, *args)`` on a worker thread with a store connection of its own."""

        def work():
            with Store(self.db, create=False) as store:
                return fn(store, *args)

        return run_in_threadpool(work)


def create_app(db: str, *, allowed_hosts: tuple[str, ...] = (), rules_dir: Optional[Path] = None,
               model_dir: Optional[Path] = None) -> Starlette:
    desk = Desk(db, rules_dir, model_dir)
    throttle = LoginThrottle()
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals.update(status_labels=queries.STATUS_LABELS, htmx_version=HTMX_VERSION)

    # -- helpers ---------------------------------------------------------------------------------
    def render(request: Request, name: str, context: dict, status: int = 200, session=None) -> Response:
        ctx = {"user": session.user if session else None, "csrf": session.csrf if session else "",
               "categories": desk.taxonomy.categories}
        ctx.update(context)
        response = templates.TemplateResponse(request, name, ctx, status_code=status)
        if request.headers.get("hx-request") and request.method == "GET" and status == 200:
            response.headers["HX-Push-Url"] = str(request.url.path) + (f"?{request.url.query}" if request.url.query else "")
        return response

    def problem(request: Request, status: int, title: str, detail: str = "", session=None, link=None) -> Response:
        return render(request, "problem.html", {"title": title, "detail": detail, "link": link}, status, session)

    def same_origin(request: Request) -> bool:
        """The request comes from one of our pages (browsers say so in Sec-Fetch-Site and
        Origin; under Referrer-Policy no-referrer a same-origin form POST says Origin: null)."""
        site = request.headers.get("sec-fetch-site")
        if site is not None and site != "same-origin":
            return False
        origin = request.headers.get("origin")
        if origin == "null":
            return site == "same-origin"
        return origin is None or origin == f"{request.url.scheme}://{request.headers.get('host', '')}"

    def filters(q) -> queries.QueueFilter:
        return queries.QueueFilter.from_query(q, desk.taxonomy.codes)

    def qs(f: queries.QueueFilter, **extra) -> str:
        params = f.query()
        params.update({k: v for k, v in extra.items() if v is not None})
        return urlencode(params)

    def page(write: bool = False, admin: bool = False):
        """Wrap an endpoint: load the session; GET without one goes to the login page; POST
        needs same origin, a session, its CSRF token and (``write``) a writing role."""

        def deco(fn):
            async def endpoint(request: Request):
                token = request.cookies.get(SESSION_COOKIE)
                session = await desk.call(lambda st: auth.load_session(st.conn, token))
                form = None
                if request.method == "POST":
                    if not same_origin(request):
                        return problem(request, 403, "拒绝：跨站请求", "请求不是从本站页面发出的，未做任何修改。")
                    if session is None:
                        return problem(request, 403, "拒绝：未登录", "请先登录。", link=("/login", "登录"))
                    form = await request.form()
                    if not _same_token(form.get("csrf"), session.csrf):
                        return problem(request, 403, "拒绝：表单已失效", "CSRF 校验失败，未做任何修改；请刷新页面后重试。",
                                       session)
                    if write and not session.user.can_write:
                        return problem(request, 403, "拒绝：只读账号", "查看员账号不能修改线索。", session)
                    if admin and session.user.role != "admin":
                        return problem(request, 403, "拒绝：需要管理员", "", session)
                elif session is None:
                    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
                    return RedirectResponse("/login?" + urlencode({"next": target}), status_code=303)
                try:
                    return await fn(request, session, form)
                except queries.Conflict as exc:
                    sid = request.path_params.get("sid")
                    return problem(request, 409, "冲突：此线索已被他人修改", f"你的修改没有保存。{exc}", session,
                                   link=(f"/clue/{sid}?status=all" if sid else "/", "重新载入此线索"))
                except queries.NotFound as exc:
                    return problem(request, 404, "未找到", str(exc), session, link=("/", "返回队列"))
                except DeskError as exc:
                    return problem(request, 400, "无法完成", str(exc), session)

            return endpoint

        return deco

    # -- login -----------------------------------------------------------------------------------
    async def login_page(request: Request):
        pre = request.cookies.get(LOGIN_COOKIE) or secrets.token_urlsafe(24)
        nxt = _safe_next(request.query_params.get("next"))
        response = render(request, "login.html", {"login_csrf": pre, "next": nxt, "error": None})
        response.set_cookie(LOGIN_COOKIE, pre, httponly=True, samesite="strict", path="/login")
        return response

    async def login_submit(request: Request):
        if not same_origin(request):
            return problem(request, 403, "拒绝：跨站请求", "未做任何修改。")
        form = await request.form()
        pre = request.cookies.get(LOGIN_COOKIE, "")
        if not pre or not _same_token(form.get("csrf"), pre):
            return problem(request, 403, "拒绝：表单已失效", "请重新打开登录页。", link=("/login", "登录"))
        name, password = str(form.get("name", ""))[:64], str(form.get("password", ""))[:256]
        nxt = _safe_next(form.get("next"))
        if throttle.blocked(name):
            return render(request, "login.html", {"login_csrf": pre, "next": nxt,
                                                  "error": "登录失败次数过多，请稍后再试"}, status=429)

        def login(st):
            user = auth.authenticate(st.conn, name, password)
            if user is None:
                return None
            with st.transaction():
                return auth.start_session(st.conn, user)

        token = await desk.call(login)
        if token is None:
            throttle.failed(name)
            response = render(request, "login.html", {"login_csrf": pre, "next": nxt, "error": "用户名或密码错误"},
                              status=401)
            return response
        throttle.succeeded(name)
        response = RedirectResponse(nxt, status_code=303)
        response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="strict", path="/",
                            secure=request.url.scheme == "https", max_age=auth.SESSION_SECONDS)
        response.delete_cookie(LOGIN_COOKIE, path="/login")
        return response

    @page()
    async def logout(request, session, form):
        token = request.cookies.get(SESSION_COOKIE)

        def end(st):
            with st.transaction():
                auth.end_session(st.conn, token)

        await desk.call(end)
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response

    # -- queue -----------------------------------------------------------------------------------
    @page()
    async def queue(request, session, form):
        f = filters(request.query_params)

        def load(st):
            desk.sync(st)
            data = queries.queue_page(st.conn, f, desk.labels, after=request.query_params.get("after"),
                                      before=request.query_params.get("before"))
            data["count"], data["more"] = queries.count_queue(st.conn, f)
            data["choices"] = queries.filter_choices(st.conn)
            return data

        data = await desk.call(load)
        return render(request, "queue.html", {"f": f, "q": qs(f), "data": data,
                                              "next_url": f"/?{qs(f, after=data['next'])}" if data["next"] else None,
                                              "prev_url": f"/?{qs(f, before=data['prev'])}" if data["prev"] else None,
                                              "message": request.query_params.get("msg")}, session=session)

    # -- clue card -------------------------------------------------------------------------------
    @page()
    async def clue(request, session, form):
        sid = request.path_params["sid"]
        f = filters(request.query_params)
        card = await desk.call(lambda st: queries.clue_card(st.conn, sid, desk.taxonomy, desk.rules, desk.thresholds))
        return render(request, "clue.html", {"c": card, "f": f, "q": qs(f)}, session=session)

    @page()
    async def step(request, session, form):
        sid, direction = request.path_params["sid"], request.path_params["direction"]
        if direction not in ("next", "prev"):
            return PlainTextResponse("404", status_code=404)
        f = filters(request.query_params)
        # back goes through clues just reviewed too (they left a 'pending' queue); on goes to
        # the next clue the filter shows
        walk = f if direction == "next" else dataclasses.replace(f, status=None)
        other = await desk.call(lambda st: queries.neighbour(st.conn, walk, sid, direction))
        if other is None:
            msg = "已是队列末尾" if direction == "next" else "已是队列开头"
            return RedirectResponse(f"/?{qs(f, msg=msg)}", status_code=303)
        return RedirectResponse(f"/clue/{other}?{qs(f)}", status_code=303)

    def form_filter(form) -> queries.QueueFilter:
        return filters(dict(QueryParams(str(form.get("q", ""))).items()))

    def form_version(form) -> int:
        try:
            return int(form.get("version", ""))
        except ValueError:
            raise DeskError("the form carries no clue version; reload the page") from None

    @page(write=True)
    async def decide(request, session, form):
        sid = request.path_params["sid"]
        f = form_filter(form)
        action = str(form.get("action", ""))
        version = form_version(form)

        def work(st):
            queries.decide(st, sid, action, version, session.user.name)
            return queries.neighbour(st.conn, f, sid, "next") if action in ("accept", "reject") else sid

        other = await desk.call(work)
        if other is None:
            return RedirectResponse(f"/?{qs(f, msg='队列已审完')}", status_code=303)
        return RedirectResponse(f"/clue/{other}?{qs(f)}", status_code=303)

    @page(write=True)
    async def categories(request, session, form):
        sid = request.path_params["sid"]
        codes = [str(c) for c in form.getlist("category")]
        version = form_version(form)
        await desk.call(lambda st: queries.set_categories(st, sid, codes, version, session.user.name, desk.taxonomy))
        return RedirectResponse(f"/clue/{sid}?{qs(form_filter(form))}", status_code=303)

    @page(write=True)
    async def units(request, session, form):
        sid = request.path_params["sid"]
        version = form_version(form)
        texts = [str(t) for t in form.getlist("unit_text")]
        canon = [str(c) for c in form.getlist("unit_canonical")]
        drop = {str(d) for d in form.getlist("unit_drop")}
        rows = [(t, c) for i, (t, c) in enumerate(zip(texts, canon)) if str(i) not in drop]
        if str(form.get("new_unit", "")).strip():
            rows.append((str(form.get("new_unit")), str(form.get("new_canonical", ""))))
        await desk.call(lambda st: queries.set_units(st, sid, rows, version, session.user.name))
        return RedirectResponse(f"/clue/{sid}?{qs(form_filter(form))}", status_code=303)

    @page(write=True)
    async def undo(request, session, form):
        f = form_filter(form)
        sid = await desk.call(lambda st: queries.undo_last(st, session.user.name))
        if sid is None:
            return RedirectResponse(f"/?{qs(f, msg='没有可撤销的修改')}", status_code=303)
        return RedirectResponse(f"/clue/{sid}?{qs(f)}", status_code=303)

    # -- documents and units ---------------------------------------------------------------------
    @page()
    async def document(request, session, form):
        doc_id = request.path_params["doc_id"]
        try:
            para = int(request.query_params.get("p", "")) or None
        except ValueError:
            para = None
        doc = await desk.call(lambda st: queries.document_view(st.conn, doc_id, para))
        return render(request, "document.html", {"d": doc}, session=session)

    @page()
    async def unit_index(request, session, form):
        def load(st):
            rows = queries.unit_list(st.conn)
            return rows, queries.unit_suggestions(rows)

        rows, suggestions = await desk.call(load)
        return render(request, "units.html", {"units": rows, "suggestions": suggestions,
                                              "message": request.query_params.get("msg")}, session=session)

    @page()
    async def unit_page(request, session, form):
        region, name = request.query_params.get("region", ""), request.query_params.get("name", "")
        prof = await desk.call(lambda st: queries.unit_profile(st.conn, region, name, desk.taxonomy))
        return render(request, "unit.html", {"p": prof, "queue_url": "/?" + urlencode({"unit": name, "status": "all"}),
                                             "message": request.query_params.get("msg")}, session=session)

    @page(write=True)
    async def unit_merge(request, session, form):
        region, alias, canonical = (str(form.get(k, "")) for k in ("region", "alias", "canonical"))
        n = await desk.call(lambda st: queries.merge_unit(st, region, alias, canonical, session.user.name))
        return RedirectResponse("/unit?" + urlencode({"region": region, "name": canonical.strip(),
                                                      "msg": f"已合并 {n} 条线索"}), status_code=303)

    @page(write=True)
    async def unit_split(request, session, form):
        region, canonical, written = (str(form.get(k, "")) for k in ("region", "canonical", "written"))
        n = await desk.call(lambda st: queries.split_unit(st, region, canonical, written, session.user.name))
        return RedirectResponse("/unit?" + urlencode({"region": region, "name": written.strip(),
                                                      "msg": f"已拆分 {n} 条线索"}), status_code=303)

    @page()
    async def help_page(request, session, form):
        return render(request, "help.html", {}, session=session)

    async def favicon(request: Request):
        return RedirectResponse("/static/favicon.svg", status_code=301)

    async def not_found(request: Request, exc):
        return PlainTextResponse("404", status_code=404)

    routes = [
        Route("/login", login_page, methods=["GET"]),
        Route("/login", login_submit, methods=["POST"]),
        Route("/logout", logout, methods=["POST"]),
        Route("/", queue, methods=["GET"]),
        Route("/clue/{sid:int}", clue, methods=["GET"]),
        Route("/clue/{sid:int}/{direction:str}", step, methods=["GET"]),
        Route("/clue/{sid:int}/decide", decide, methods=["POST"]),
        Route("/clue/{sid:int}/categories", categories, methods=["POST"]),
        Route("/clue/{sid:int}/units", units, methods=["POST"]),
        Route("/undo", undo, methods=["POST"]),
        Route("/doc/{doc_id:int}", document, methods=["GET"]),
        Route("/units", unit_index, methods=["GET"]),
        Route("/unit", unit_page, methods=["GET"]),
        Route("/units/merge", unit_merge, methods=["POST"]),
        Route("/units/split", unit_split, methods=["POST"]),
        Route("/help", help_page, methods=["GET"]),
        Route("/favicon.ico", favicon, methods=["GET"]),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    app = Starlette(routes=routes, exception_handlers={404: not_found})
    app.state.desk = desk
    hosts = set(LOOPBACK_HOSTS) | {h for h in allowed_hosts if h}
    return Guard(app, hosts)


def _same_token(given, expected: str) -> bool:
    """Constant-time comparison of a submitted token (any text, or none) with ours."""
    return hmac.compare_digest(str(given or "").encode("utf-8"), expected.encode("utf-8"))


def urlencode(params: dict) -> str:
    """A query string (Starlette's encoder: the package imports no network module itself)."""
    return str(QueryParams({k: str(v) for k, v in params.items()}))


def _safe_next(value) -> str:
    """A local path to go to after login; anything else (other sites, //host) becomes '/'."""
    value = str(value or "/")
    if not value.startswith("/") or value.startswith("//") or "\\" in value or any(ord(c) < 32 for c in value):
        return "/"
    return value


def serve(db: str, host: str = "127.0.0.1", port: int = 8765, allowed_hosts: tuple[str, ...] = (),
          rules_dir: Optional[Path] = None, model_dir: Optional[Path] = None) -> None:
    """Run the desk with uvicorn until interrupted (refuses a non-loopback host with no admin)."""
    import uvicorn

    with Store(db, create=False) as store:
        auth.check_bind(store.conn, host)
    hosts = tuple(allowed_hosts) + ((host,) if host not in ("0.0.0.0", "::") else ())
    app = create_app(db, allowed_hosts=hosts, rules_dir=rules_dir, model_dir=model_dir)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False, proxy_headers=False,
                access_log=False)
