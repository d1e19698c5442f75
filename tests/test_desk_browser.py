"""The review desk in a real browser: Playwright driving Debian's Chromium (/usr/bin/chromium,
headless, background networking off, a fresh profile per test). Never downloads a browser.

Keyboard review of three clues (rows and change records checked in SQLite), zero CSP
violations and zero requests to other origins, a stored <script> shown as text, the no-JS
flow, and a real cross-origin form POST refused. Screenshots go to /work/desk-shots/ (or
$XUNCHA_DESK_SHOTS) when that folder can be made."""
from __future__ import annotations

import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} missing (apt-get install chromium)"),
]
playwright_api = pytest.importorskip("playwright.sync_api")
uvicorn = pytest.importorskip("uvicorn")

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_desk import PASSWORDS, clue_id, make_store  # noqa: E402

from pipeline.desk.app import create_app  # noqa: E402
from pipeline.rules import load_taxonomy  # noqa: E402

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]
TIMEOUT_MS = 20_000  # a bound for failures only; passing runs take a fraction of it
SHOTS = Path(os.environ.get("XUNCHA_DESK_SHOTS", "/work/desk-shots"))

CSP_LISTENER = """
document.addEventListener("securitypolicyviolation", function (e) {
  window.__reportCsp(e.violatedDirective + " " + e.blockedURI);
});
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """uvicorn on a thread, stopped at the end of the test."""

    def __init__(self, app, port: int):
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                                    lifespan="off", access_log=False))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self):
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the desk did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture()
def desk(tmp_path):
    db = make_store(tmp_path / "desk.db")
    port = free_port()
    with Server(create_app(str(db)), port):
        yield db, f"http://127.0.0.1:{port}"


@pytest.fixture()
def browser_context(tmp_path):
    """Open a persistent context on a fresh profile folder: ``browser_context(js=True)``."""
    contexts = []
    with playwright_api.sync_playwright() as p:
        def make(js: bool = True):
            profile = tmp_path / f"profile{len(contexts)}"
            ctx = p.chromium.launch_persistent_context(
                str(profile), executable_path=CHROMIUM, headless=True, args=ARGS, java_script_enabled=js,
                locale="zh-CN", viewport={"width": 1280, "height": 900}, service_workers="block")
            ctx.set_default_timeout(TIMEOUT_MS)
            contexts.append(ctx)
            return ctx

        yield make
        for ctx in contexts:
            ctx.close()


def watch(ctx) -> dict:
    """Record every request URL, console error and CSP violation of a context."""
    seen = {"requests": [], "csp": [], "console": [], "dialogs": []}
    ctx.on("request", lambda r: seen["requests"].append(r.url))
    ctx.expose_binding("__reportCsp", lambda source, text: seen["csp"].append(text))
    ctx.add_init_script(CSP_LISTENER)

    def on_page(page):
        page.on("console", lambda m: seen["console"].append(m.text) if m.type in ("error", "warning") else None)
        page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))

    ctx.on("page", on_page)
    for page in ctx.pages:
        on_page(page)
    return seen


def sign_in(page, base: str, name: str = "审核员"):
    page.goto(base + "/")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORDS[name][1])
    page.click("form[action='/login'] button[type=submit]")
    page.wait_for_selector("section.queue")
    # desk.js is deferred: keys pressed before the page's load event can reach no listener (seen
    # once in CI on a loaded machine: "j" left row 0 unselected)
    page.wait_for_load_state("load")


def shot(page, name: str):
    try:
        SHOTS.mkdir(parents=True, exist_ok=True)
    except OSError:
        return
    page.screenshot(path=str(SHOTS / name), full_page=True)


def card_id(page) -> int:
    return int(page.get_attribute("[data-card]", "data-card"))


def wait_card_change(page, old: int) -> int:
    page.wait_for_function("old => { const c = document.querySelector('[data-card]');"
                           " return c && Number(c.dataset.card) !== old; }", arg=old)
    return card_id(page)


def rows(db, sql, *params):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def test_desk_browser_keyboard_review_of_three_clues(desk, browser_context):
    db, base = desk
    ctx = browser_context()
    seen = watch(ctx)
    page = ctx.pages[0] if ctx.pages else ctx.new_page()
    sign_in(page, base)
    shot(page, "queue.png")
    third_code = load_taxonomy().categories[2].code

    page.keyboard.press("j")
    assert page.get_attribute("tr[data-row='0']", "class").split()[-1] == "selected"
    page.keyboard.press("Enter")
    page.wait_for_selector("[data-card]")
    first = card_id(page)
    shot(page, "card.png")

    # typing in a field is not a shortcut; Escape leaves the field
    page.keyboard.press("f")
    page.keyboard.type("a")
    assert page.input_value("[data-key=fix-units]") == "a"
    page.keyboard.press("Escape")
    page.fill("[data-key=fix-units]", "")
    page.keyboard.press("Escape")
    # a key while a Chinese IME is composing is not a shortcut either
    page.evaluate("document.body.dispatchEvent(new KeyboardEvent('keydown',"
                  " {key: 'a', isComposing: true, bubbles: true}))")
    assert card_id(page) == first and page.get_attribute("[data-status]", "data-status") == "pending"

    page.keyboard.press("a")                       # clue 1: accept
    second = wait_card_change(page, first)
    version = int(page.get_attribute("[data-card]", "data-version"))
    page.keyboard.press("3")                       # clue 2: toggle the third category, saved at once
    page.wait_for_function("v => Number(document.querySelector('[data-card]').dataset.version) > v", arg=version)
    assert page.is_checked("input[data-cat='3']")
    page.keyboard.press("a")                       # … then accept
    third = wait_card_change(page, second)
    page.keyboard.press("r")                       # clue 3: reject
    fourth = wait_card_change(page, third)
    page.keyboard.press("u")                       # undo the reject: back on clue 3, pending again
    assert wait_card_change(page, fourth) == third
    page.wait_for_selector("[data-status=pending]")
    page.keyboard.press("?")
    assert page.is_visible("#help")
    page.keyboard.press("Escape")
    assert page.is_hidden("#help")
    page.keyboard.press("k")                       # previous in the queue is clue 2
    assert wait_card_change(page, third) == second

    page.goto(base + "/unit?region=桐溪县&name=县交通运输局")
    page.wait_for_selector("svg.profile")
    shot(page, "unit.png")

    status = dict(rows(db, "SELECT sentence_id, status FROM clue_reviews"))
    assert (status[first], status[second], status[third]) == ("accepted", "accepted", "pending")
    assert rows(db, "SELECT is_problem, reviewed FROM tags WHERE sentence_id = ?", first) == [(1, 1)]
    assert rows(db, "SELECT is_problem FROM tags WHERE sentence_id = ?", third) == [(1,)]
    assert third_code in {r[0] for r in rows(db, "SELECT category FROM tag_categories WHERE sentence_id = ?", second)}
    changes = rows(db, "SELECT actor, sentence_id, field, after, undoes FROM changes ORDER BY id")
    assert [(c[1], c[2], c[4] is not None) for c in changes] == [
        (first, "status", False), (second, "categories", False), (second, "status", False),
        (third, "status", False), (third, "status", True)]
    assert {c[0] for c in changes} == {"审核员"}
    assert json.loads(changes[3][3])["status"] == "rejected" and json.loads(changes[4][3])["status"] == "pending"

    assert seen["csp"] == []
    assert not [m for m in seen["console"] if "Content Security Policy" in m]
    assert seen["requests"] and all(u.startswith(base + "/") for u in seen["requests"]), \
        [u for u in seen["requests"] if not u.startswith(base + "/")]


def test_desk_browser_stored_script_is_text(desk, browser_context):
    db, base = desk
    ctx = browser_context()
    seen = watch(ctx)
    page = ctx.pages[0] if ctx.pages else ctx.new_page()
    sign_in(page, base)
    page.goto(f"{base}/clue/{clue_id(db, '<script>')}")
    assert "<script>alert(1)</script>" in page.inner_text(".sentence")
    assert page.locator(".sentence script, .sentence b").count() == 0
    assert seen["dialogs"] == [] and seen["csp"] == []


def test_desk_browser_works_without_javascript(desk, browser_context):
    db, base = desk
    ctx = browser_context(js=False)
    seen = watch(ctx)
    page = ctx.pages[0] if ctx.pages else ctx.new_page()
    sign_in(page, base)
    sid = clue_id(db, "县卫健局")
    page.goto(f"{base}/clue/{sid}?status=pending")
    page.click("button[data-key=accept]")  # a plain form POST, answered 303 to the next clue or the queue
    page.wait_for_url(lambda url: f"/clue/{sid}?" not in url)
    page.wait_for_selector("[data-card], section.queue")
    assert rows(db, "SELECT status FROM clue_reviews WHERE sentence_id = ?", sid) == [("accepted",)]
    page.goto(f"{base}/clue/{sid}?status=all")
    page.check("input[data-cat='1']")
    page.click("button[data-key=save-categories]")
    page.wait_for_selector("[data-card]")
    first = load_taxonomy().categories[0].code
    assert first in {r[0] for r in rows(db, "SELECT category FROM tag_categories WHERE sentence_id = ?", sid)}
    assert [r[0] for r in rows(db, "SELECT field FROM changes ORDER BY id")] == ["status", "categories"]
    assert all(u.startswith(base + "/") for u in seen["requests"])


def test_desk_browser_conflict_page_replaces_the_card(desk, browser_context):
    """Someone else changed the clue after this page was loaded: the key gets the 409 page
    (htmx is set to swap error answers in), and nothing is overwritten."""
    from pipeline.desk import queries
    from pipeline.store import Store

    db, base = desk
    ctx = browser_context()
    page = ctx.pages[0] if ctx.pages else ctx.new_page()
    sign_in(page, base)
    sid = clue_id(db, "白沙镇")
    page.goto(f"{base}/clue/{sid}")
    page.wait_for_selector("[data-card]")
    with Store(db) as store:
        queries.sync_queue(store, {})
        queries.decide(store, sid, "accept", 1, "审核员乙")
    page.keyboard.press("r")
    page.wait_for_selector("[data-problem]")
    assert "冲突" in page.inner_text("main")
    assert rows(db, "SELECT status FROM clue_reviews WHERE sentence_id = ?", sid) == [("accepted",)]
    assert rows(db, "SELECT actor FROM changes") == [("审核员乙",)]


class _Evil(BaseHTTPRequestHandler):
    target = ""

    def do_GET(self):  # noqa: N802
        body = (f'<form method="post" action="{self.target}"><input name="action" value="reject">'
                '<input name="version" value="1"><input name="csrf" value="guess">'
                '<button id="go">领奖</button></form>').encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_desk_browser_cross_site_form_post_is_refused(desk, browser_context):
    db, base = desk
    sid = clue_id(db, "白沙镇")
    ctx = browser_context()
    page = ctx.pages[0] if ctx.pages else ctx.new_page()
    sign_in(page, base)  # a signed-in reviewer visits another site on the same machine
    _Evil.target = f"{base}/clue/{sid}/decide"
    evil = HTTPServer(("127.0.0.1", 0), _Evil)
    threading.Thread(target=evil.serve_forever, daemon=True).start()
    try:
        page.goto(f"http://localhost:{evil.server_address[1]}/")
        with page.expect_response(lambda r: r.url.startswith(base)) as answer:
            page.click("#go")
        assert answer.value.status == 403
    finally:
        evil.shutdown()
    assert rows(db, "SELECT status FROM clue_reviews WHERE sentence_id = ?", sid) == [("pending",)]
    assert rows(db, "SELECT COUNT(*) FROM changes") == [(0,)]


def _unshare_works() -> bool:
    if os.environ.get("XUNCHA_DESK_IN_UNSHARE") or not shutil.which("unshare"):
        return False
    if not shutil.which("ip"):
        return False  # the namespace's loopback could not be brought up
    try:
        return subprocess.run(["unshare", "-rn", "ip", "link", "set", "lo", "up"], capture_output=True,
                              timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@pytest.mark.skipif(not _unshare_works(), reason="no network namespace with loopback here (unshare -rn, ip)")
def test_desk_browser_keyboard_review_without_any_network():
    """The keyboard test again inside `unshare -rn` (loopback only): nothing needs the network."""
    script = ("ip link set lo up && exec " + " ".join(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x",
         f"{Path(__file__).resolve()}::test_desk_browser_keyboard_review_of_three_clues"]))
    env = dict(os.environ, XUNCHA_DESK_IN_UNSHARE="1", XUNCHA_DESK_SHOTS=os.devnull + "/none")
    proc = subprocess.run(["unshare", "-rn", "sh", "-c", script], capture_output=True, text=True, timeout=120,
                          env=env, cwd=Path(__file__).resolve().parents[1])
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    assert "1 passed" in proc.stdout
