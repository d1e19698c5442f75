"""The review desk (``xuncha serve``), server side: Starlette TestClient over a small store
written here (invented sentences), so every test is fast and knows exactly what it holds."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import sqlite3
import warnings
from pathlib import Path

import pytest

pytest.importorskip("starlette")
pytest.importorskip("httpx")

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from pipeline.desk import auth, queries  # noqa: E402
from pipeline.desk.app import HTMX_SHA256, HTMX_VERSION, create_app  # noqa: E402
from pipeline.store import Store  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
BASE = "http://127.0.0.1:8765"
PASSWORDS = {"管理员": ("admin", "admin-pass-1"), "审核员": ("reviewer", "review-pass-1"),
             "审核员乙": ("reviewer", "review-pass-2"), "查看员": ("viewer", "viewer-pass-1")}
SCRIPT_TEXT = "<script>alert(1)</script>石桥镇违规发放津贴<b>加粗</b>。"

# (document, paragraph, text, problem score, [(category, evidence)], [(unit text, canonical)])
CLUES = [
    (1, 1, "县交通局会议记录流于形式，走过场现象突出。", 0.97,
     [("formalism", ["rule:formalism/走过场", "model:0.95"])], [("县交通局", "县交通运输局")]),
    (1, 2, "白沙镇违规发放津补贴12万元。", 0.58,  # near the problem threshold
     [("extravagance", ["rule:extravagance/违规发放津补贴", "model:0.90"])], [("白沙镇", "白沙镇")]),
    (1, 3, "部分村干部优亲厚友，群众反映强烈。", 0.93,  # a rule fired, the model disagrees
     [("micro_corruption", ["rule:micro_corruption/优亲厚友", "model:0.20"])], []),
    (1, 4, SCRIPT_TEXT, 0.99, [("extravagance", ["rule:extravagance/违规发放津补贴", "model:0.97"])],
     [("石桥镇", "石桥镇")]),
    (2, 1, "县交通运输局工程项目未按规定招投标。", 0.96, [("finance", ["rule:finance/招投标", "model:0.93"])],
     [("县交通运输局", "县交通运输局")]),
    (2, 2, "县财政局资产底数不清。", 0.94, [("finance", ["model:0.88"])],  # model only, agreeing
     [("县财政局", "县财政局")]),
    (2, 3, "县卫健局干部违规兼职取酬。", 0.95, [("side_jobs", ["rule:side_jobs/兼职取酬", "model:0.96"])],
     [("县卫健局", "县卫健局")]),
]
DOCS = {1: ("桐溪县2022年巡察报告", "桐溪县", 2022), 2: ("桐溪县2023年巡察报告", "桐溪县", 2023)}


def make_store(path: Path, users=PASSWORDS) -> Path:
    """A store with two documents, seven clues, one plain sentence and the desk's users."""
    with Store(path) as store, store.transaction():
        c = store.conn
        run = c.execute("INSERT INTO runs (command, tagger, started_at) VALUES ('tag', 'test-tagger', 0)").lastrowid
        for doc_id, (title, region, year) in DOCS.items():
            c.execute("INSERT INTO documents (id, text_hash, file_hash, format, title, region, year, paragraphs,"
                      " sentences, added_at) VALUES (?,?,?,?,?,?,?,?,?,0)",
                      (doc_id, f"t{doc_id}", f"f{doc_id}", "txt", title, region, year, 5, 5))
            c.execute("INSERT INTO files (path, file_hash, document_id, seen_at) VALUES (?,?,?,0)",
                      (f"报告/{title}.txt", f"f{doc_id}", doc_id))
        seq = {1: 0, 2: 0}
        for doc_id, para, text, score, cats, units in CLUES:
            seq[doc_id] += 1
            sid = c.execute('INSERT INTO sentences (document_id, seq, paragraph, page, start, "end", section, text)'
                            " VALUES (?,?,?,NULL,0,?,?,?)",
                            (doc_id, seq[doc_id], para, len(text), json.dumps(["二、存在的问题"], ensure_ascii=False),
                             text)).lastrowid
            c.execute("INSERT INTO tags (sentence_id, document_id, is_problem, problem_score, problem_evidence,"
                      " tagger, run_id) VALUES (?,?,1,?,?,?,?)",
                      (sid, doc_id, score, json.dumps([f"model:{score:.2f}"]), "test-tagger", run))
            for code, evidence in cats:
                c.execute("INSERT INTO tag_categories VALUES (?,?,?,?)",
                          (sid, code, 0.9, json.dumps(evidence, ensure_ascii=False)))
            for i, (written, canonical) in enumerate(units):
                start = text.index(written)
                c.execute('INSERT INTO tag_units (sentence_id, seq, text, start, "end", canonical, region)'
                          " VALUES (?,?,?,?,?,?,?)", (sid, i, written, start, start + len(written), canonical, "桐溪县"))
        sid = c.execute('INSERT INTO sentences (document_id, seq, paragraph, start, "end", section, text)'
                        " VALUES (1, 99, 5, 0, 9, '[]', '全县经济稳步发展。')").lastrowid
        c.execute("INSERT INTO tags (sentence_id, document_id, is_problem, problem_score, problem_evidence, tagger,"
                  " run_id) VALUES (?, 1, 0, 0.05, '[\"model:0.05\"]', 'test-tagger', ?)", (sid, run))
        for name, (role, password) in users.items():
            auth.add_user(c, name, role, password)
        store._refresh_summaries(None)
    return path


@pytest.fixture(scope="module")
def template_db(tmp_path_factory):
    return make_store(tmp_path_factory.mktemp("desk") / "template.db")


@pytest.fixture()
def db(tmp_path, template_db):
    """A fresh copy of the module's store (hashing the users' passwords once is enough)."""
    path = tmp_path / "desk.db"
    shutil.copyfile(template_db, path)
    return path


@pytest.fixture()
def app(db):
    return create_app(str(db))


def client(app, name=None) -> TestClient:
    c = TestClient(app, base_url=BASE)
    if name:
        login(c, name)
    return c


def login(c: TestClient, name: str, password: str | None = None):
    page = c.get("/login")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    return c.post("/login", data={"csrf": token, "name": name, "password": password or PASSWORDS[name][1],
                                  "next": "/"}, follow_redirects=False)


def form_values(html: str, action: str) -> dict:
    """The hidden inputs of the form posting to ``action``."""
    m = re.search(r'<form[^>]*action="' + re.escape(action) + r'"[^>]*>(.*?)</form>', html, re.S)
    assert m, f"no form for {action}"
    return {k: v.replace("&amp;", "&") for k, v in re.findall(r'type="hidden" name="([^"]+)" value="([^"]*)"', m.group(1))}


def sql(db, query, *params):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(query, params).fetchall()
    finally:
        conn.close()


def clue_id(db, text_start: str) -> int:
    return sql(db, "SELECT id FROM sentences WHERE text LIKE ?", text_start + "%")[0][0]


# -- passwords and sessions ------------------------------------------------------------------------
def test_desk_password_hash_is_salted_scrypt():
    a, b = auth.hash_password("correct horse"), auth.hash_password("correct horse")
    assert a != b and a.startswith("scrypt$16384$8$1$")
    assert auth.verify_password("correct horse", a) and auth.verify_password("correct horse", b)
    assert not auth.verify_password("correct hors", a)
    assert not auth.verify_password("x", "garbage")


@pytest.mark.parametrize("name, role, password", [("a b", "reviewer", "long-enough"), ("张三", "boss", "long-enough"),
                                                  ("张三", "viewer", "short")])
def test_desk_add_user_refuses_bad_input(tmp_path, name, role, password):
    with Store(tmp_path / "u.db") as store:
        with pytest.raises(auth.DeskError):
            auth.add_user(store.conn, name, role, password)


def test_desk_session_cookie_is_httponly_strict_and_stored_hashed(db, app):
    c = client(app)
    r = login(c, "审核员")
    assert r.status_code == 303
    cookie = r.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    token = re.search(r"xuncha_session=([^;]+)", cookie).group(1)
    stored = [row[0] for row in sql(db, "SELECT token_hash FROM sessions")]
    assert stored == [hashlib.sha256(token.encode()).hexdigest()]
    assert token not in json.dumps(sql(db, "SELECT * FROM sessions"))
    page = c.get("/")
    assert page.status_code == 200
    c.post("/logout", data={"csrf": form_values(page.text, "/logout")["csrf"]})
    assert sql(db, "SELECT COUNT(*) FROM sessions")[0][0] == 0
    assert c.get("/", follow_redirects=False).status_code == 303


def test_desk_wrong_password_gets_no_session(db, app):
    c = client(app)
    r = login(c, "审核员", "wrong-password")
    assert r.status_code == 401 and "用户名或密码错误" in r.text
    assert "xuncha_session" not in r.headers.get("set-cookie", "")
    assert login(c, "无此人", "whatever-pass").status_code == 401
    assert sql(db, "SELECT COUNT(*) FROM sessions")[0][0] == 0


def test_desk_same_origin_post_with_null_origin_is_accepted(db, app):
    """Chromium sends Origin: null for our own forms under Referrer-Policy: no-referrer."""
    c = client(app, "审核员")
    sid = clue_id(db, "白沙镇")
    page = c.get(f"/clue/{sid}")
    r = c.post(f"/clue/{sid}/decide", data={**form_values(page.text, f"/clue/{sid}/decide"), "action": "accept"},
               headers={"origin": "null", "sec-fetch-site": "same-origin"}, follow_redirects=False)
    assert r.status_code == 303
    assert sql(db, "SELECT status FROM clue_reviews WHERE sentence_id = ?", sid) == [("accepted",)]


def test_desk_repeated_wrong_passwords_lock_the_name_for_a_while(db, app):
    c = client(app)
    for _ in range(10):
        assert login(c, "审核员", "wrong-password").status_code == 401
    r = login(c, "审核员")  # the right password, too late
    assert r.status_code == 429 and "xuncha_session" not in r.headers.get("set-cookie", "")
    assert login(c, "审核员乙").status_code == 303  # other names are not affected
    assert sql(db, "SELECT COUNT(*) FROM sessions")[0][0] == 1


def test_desk_login_form_needs_its_csrf_token(app):
    c = client(app)
    c.get("/login")
    r = c.post("/login", data={"csrf": "forged", "name": "审核员", "password": PASSWORDS["审核员"][1]},
               follow_redirects=False)
    assert r.status_code == 403


@pytest.mark.parametrize("target", ["//evil.example/x", "https://evil.example/", "/\\evil", "/clue/1"])
def test_desk_login_goes_only_to_local_pages(app, target):
    c = client(app)
    page = c.get("/login")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    r = c.post("/login", data={"csrf": token, "name": "审核员", "password": PASSWORDS["审核员"][1], "next": target},
               follow_redirects=False)
    assert r.headers["location"] == (target if target == "/clue/1" else "/")


# -- who may see and do what ---------------------------------------------------------------------
@pytest.mark.parametrize("path", ["/", "/clue/1", "/clue/1/next", "/doc/1", "/units", "/unit?region=x&name=y", "/help"])
def test_desk_anonymous_users_get_the_login_page(app, path):
    r = client(app).get(path, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login?next=")
    assert "登录" in client(app).get(path).text


@pytest.mark.parametrize("path, data", [("/clue/1/decide", {"action": "accept", "version": "1"}),
                                        ("/clue/1/categories", {"category": "finance", "version": "1"}),
                                        ("/undo", {}), ("/units/merge", {"region": "桐溪县", "alias": "a", "canonical": "b"})])
def test_desk_anonymous_post_is_refused(db, app, path, data):
    r = client(app).post(path, data=data, follow_redirects=False)
    assert r.status_code == 403
    assert sql(db, "SELECT COUNT(*) FROM changes")[0][0] == 0


def test_desk_viewer_reads_but_cannot_write(db, app):
    c = client(app, "查看员")
    sid = clue_id(db, "白沙镇")
    page = c.get(f"/clue/{sid}")
    assert page.status_code == 200 and "白沙镇违规发放津补贴" in page.text
    assert 'data-key="accept"' not in page.text  # no write buttons shown
    csrf = form_values(page.text, "/logout")["csrf"]
    for path, data in ((f"/clue/{sid}/decide", {"action": "accept"}), (f"/clue/{sid}/categories", {"category": "finance"}),
                       (f"/clue/{sid}/units", {"new_unit": "白沙镇"}), ("/undo", {}),
                       ("/units/merge", {"region": "桐溪县", "alias": "县交通局", "canonical": "县交通运输局"})):
        r = c.post(path, data={"csrf": csrf, "version": "1", **data}, follow_redirects=False)
        assert r.status_code == 403, path
    assert sql(db, "SELECT COUNT(*) FROM changes")[0][0] == 0
    assert sql(db, "SELECT status FROM clue_reviews WHERE sentence_id = ?", sid) == [("pending",)]


@pytest.mark.parametrize("headers, token", [
    ({"origin": "http://evil.example"}, "good"),
    ({"sec-fetch-site": "cross-site"}, "good"),
    ({"origin": "null"}, "good"),
    ({"origin": "null", "sec-fetch-site": "same-site"}, "good"),
    ({"sec-fetch-site": "none"}, "good"),
    ({}, None),
    ({}, "forged"),
    ({}, "伪造的令牌"),
])
def test_desk_cross_site_post_gets_403_and_writes_nothing(db, app, headers, token):
    c = client(app, "审核员")
    sid = clue_id(db, "白沙镇")
    page = c.get(f"/clue/{sid}")
    data = form_values(page.text, f"/clue/{sid}/decide")
    if token is None:
        data.pop("csrf")
    elif token == "forged":
        data["csrf"] = "x" * 43
    elif token != "good":
        data["csrf"] = token
    r = c.post(f"/clue/{sid}/decide", data={**data, "action": "reject"}, headers=headers, follow_redirects=False)
    assert r.status_code == 403
    assert sql(db, "SELECT COUNT(*) FROM changes")[0][0] == 0
    assert sql(db, "SELECT is_problem, reviewed FROM tags WHERE sentence_id = ?", sid) == [(1, 0)]


@pytest.mark.parametrize("host, status", [("evil", 400), ("evil.example:8765", 400), ("127.0.0.1.evil.example", 400),
                                          ("127.0.0.1:8765", 303), ("localhost:8765", 303), ("[::1]:8765", 303),
                                          ("bad host", 400)])
def test_desk_host_allow_list(app, host, status):
    r = client(app).get("/", headers={"host": host}, follow_redirects=False)
    assert r.status_code == status
    assert r.headers["content-security-policy"].startswith("default-src 'self'")


def test_desk_extra_allowed_host(db):
    c = TestClient(create_app(str(db), allowed_hosts=("desk.intranet",)), base_url="http://desk.intranet")
    assert c.get("/login").status_code == 200


PAGES = ["/", "/clue/{sid}", "/doc/1?p=2", "/units", "/unit?region=桐溪县&name=县交通运输局", "/help",
         "/?status=all&category=finance", "/clue/99999"]


@pytest.mark.parametrize("path", PAGES + ["/login", "/static/desk.js", "/nope"])
def test_desk_security_headers_on_every_response(db, app, path):
    c = client(app, "审核员")
    r = c.get(path.format(sid=clue_id(db, "白沙镇")))
    assert r.headers["content-security-policy"] == (
        "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; "
        "frame-ancestors 'none'; form-action 'self'")
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"] == "no-referrer"
    assert r.headers["cache-control"] == "no-store"


@pytest.mark.parametrize("path", PAGES + ["/login"])
def test_desk_pages_have_no_inline_script_or_style(db, app, path):
    c = client(app, "审核员")
    html = c.get(path.format(sid=clue_id(db, "县交通局"))).text
    for tag in re.findall(r"<script\b[^>]*>", html):
        assert re.search(r'\ssrc="/static/[^"]+"', tag), tag
    assert not re.search(r"<script\b[^>]*>[^<]+</script>", html)
    assert "<style" not in html
    assert not re.search(r"\sstyle\s*=", html)
    assert not re.search(r"\son[a-z]+\s*=", html)
    assert "javascript:" not in html
    assert not re.search(r'(src|href)="(https?:)?//', html)  # nothing from other origins


def test_desk_stored_script_is_shown_as_text(db, app):
    c = client(app, "审核员")
    sid = clue_id(db, "<script>")
    for path in (f"/clue/{sid}", "/", "/doc/1?p=4"):
        html = c.get(path).text
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html, path
        assert "<script>alert" not in html and "<b>加粗" not in html


# -- reviewing -------------------------------------------------------------------------------------
def test_desk_accept_and_reject_write_tags_and_changes(db, app):
    c = client(app, "审核员")
    a, b = clue_id(db, "县交通局"), clue_id(db, "县卫健局")
    page = c.get(f"/clue/{a}?status=pending")
    r = c.post(f"/clue/{a}/decide", data={**form_values(page.text, f"/clue/{a}/decide"), "action": "accept"},
               follow_redirects=False)
    assert r.status_code == 303 and re.match(r"/clue/\d+\?", r.headers["location"])
    page = c.get(f"/clue/{b}")
    c.post(f"/clue/{b}/decide", data={**form_values(page.text, f"/clue/{b}/decide"), "action": "reject"})
    assert sql(db, "SELECT status, version, updated_by FROM clue_reviews WHERE sentence_id = ?", a) == \
        [("accepted", 2, "审核员")]
    assert sql(db, "SELECT is_problem, reviewed FROM tags WHERE sentence_id = ?", a) == [(1, 1)]
    assert sql(db, "SELECT is_problem, reviewed FROM tags WHERE sentence_id = ?", b) == [(0, 1)]
    rows = sql(db, "SELECT actor, sentence_id, field, before, after FROM changes ORDER BY id")
    assert [(r[0], r[1], r[2]) for r in rows] == [("审核员", a, "status"), ("审核员", b, "status")]
    assert json.loads(rows[0][3])["status"] == "pending" and json.loads(rows[0][4])["status"] == "accepted"
    assert json.loads(rows[1][4]) == {"status": "rejected", "reviewed": 1, "is_problem": 0}
    # the rejected clue left the report summaries at once
    assert sql(db, "SELECT COUNT(*) FROM doc_cats WHERE category = 'side_jobs'")[0][0] == 0
    # its card shows the history
    assert "已驳回" in c.get(f"/clue/{b}?status=all").text


def test_desk_stale_version_gets_409_not_an_overwrite(db, app):
    one, two = client(app, "审核员"), client(app, "审核员乙")
    sid = clue_id(db, "白沙镇")
    page_one, page_two = one.get(f"/clue/{sid}"), two.get(f"/clue/{sid}")
    one.post(f"/clue/{sid}/decide", data={**form_values(page_one.text, f"/clue/{sid}/decide"), "action": "accept"})
    r = two.post(f"/clue/{sid}/decide", data={**form_values(page_two.text, f"/clue/{sid}/decide"), "action": "reject"},
                 follow_redirects=False)
    assert r.status_code == 409 and "冲突" in r.text
    r = two.post(f"/clue/{sid}/categories", data={**form_values(page_two.text, f"/clue/{sid}/categories"),
                                                 "category": "finance"}, follow_redirects=False)
    assert r.status_code == 409
    assert sql(db, "SELECT status FROM clue_reviews WHERE sentence_id = ?", sid) == [("accepted",)]
    assert sql(db, "SELECT category FROM tag_categories WHERE sentence_id = ?", sid) == [("extravagance",)]
    assert sql(db, "SELECT COUNT(*) FROM changes")[0][0] == 1


def test_desk_categories_and_units_are_corrected_and_survive_a_retag(db, app):
    c = client(app, "审核员")
    sid = clue_id(db, "部分村干部")
    page = c.get(f"/clue/{sid}")
    c.post(f"/clue/{sid}/categories", data={**form_values(page.text, f"/clue/{sid}/categories"),
                                           "category": ["micro_corruption", "livelihood"]})
    page = c.get(f"/clue/{sid}")
    r = c.post(f"/clue/{sid}/units", data={**form_values(page.text, f"/clue/{sid}/units"), "new_unit": "村干部",
                                          "new_canonical": "某村"}, follow_redirects=False)
    assert r.status_code == 303
    cats = sql(db, "SELECT category, evidence FROM tag_categories WHERE sentence_id = ? ORDER BY category", sid)
    assert [x[0] for x in cats] == ["livelihood", "micro_corruption"]
    assert json.loads(cats[0][1]) == ["review:审核员"]
    assert sql(db, 'SELECT text, start, "end", canonical FROM tag_units WHERE sentence_id = ?', sid) == \
        [("村干部", 2, 5, "某村")]
    assert sql(db, "SELECT reviewed FROM tags WHERE sentence_id = ?", sid) == [(1,)]
    page = c.get(f"/clue/{sid}")
    r = c.post(f"/clue/{sid}/units", data={**form_values(page.text, f"/clue/{sid}/units"), "new_unit": "不在句中"},
               follow_redirects=False)
    assert r.status_code == 400
    # a retag by another tagger version keeps the reviewed clue as corrected
    with Store(db) as store:
        store._write_tag_rows(([(sid, 1, 0.5, '["model:0.50"]')], [(sid, "finance", 0.6, "[]")], [], []),
                              {sid: 1}, "newer-tagger", 1)
    assert [x[0] for x in sql(db, "SELECT category FROM tag_categories WHERE sentence_id = ?", sid)] == \
        ["livelihood", "micro_corruption"]
    fields = [r[0] for r in sql(db, "SELECT field FROM changes ORDER BY id")]
    assert fields == ["categories", "units"]


def test_desk_undo_restores_and_is_recorded(db, app):
    c = client(app, "审核员")
    a, b = clue_id(db, "县交通局"), clue_id(db, "县财政局")
    for sid, action in ((a, "accept"), (b, "reject")):
        page = c.get(f"/clue/{sid}")
        c.post(f"/clue/{sid}/decide", data={**form_values(page.text, f"/clue/{sid}/decide"), "action": action})
    page = c.get(f"/clue/{a}")
    r = c.post("/undo", data=form_values(page.text, "/undo"), follow_redirects=False)
    assert r.headers["location"].startswith(f"/clue/{b}?")
    assert sql(db, "SELECT is_problem, reviewed FROM tags WHERE sentence_id = ?", b) == [(1, 0)]
    c.post("/undo", data=form_values(page.text, "/undo"))
    assert sql(db, "SELECT status FROM clue_reviews WHERE sentence_id IN (?, ?)", a, b) == [("pending",), ("pending",)]
    undos = sql(db, "SELECT sentence_id, undoes FROM changes WHERE undoes IS NOT NULL ORDER BY id")
    assert [u[0] for u in undos] == [b, a]
    r = c.post("/undo", data=form_values(page.text, "/undo"), follow_redirects=False)
    assert "msg=" in r.headers["location"]  # nothing left to undo


def test_desk_undo_refuses_after_someone_else_changed_the_clue(db, app):
    one, two = client(app, "审核员"), client(app, "审核员乙")
    sid = clue_id(db, "白沙镇")
    page = one.get(f"/clue/{sid}")
    one.post(f"/clue/{sid}/decide", data={**form_values(page.text, f"/clue/{sid}/decide"), "action": "accept"})
    page = two.get(f"/clue/{sid}")
    two.post(f"/clue/{sid}/decide", data={**form_values(page.text, f"/clue/{sid}/decide"), "action": "reject"})
    r = one.post("/undo", data=form_values(page.text, "/undo") | {"csrf": form_values(one.get("/").text, "/logout")["csrf"]},
                 follow_redirects=False)
    assert r.status_code == 409
    assert sql(db, "SELECT status FROM clue_reviews WHERE sentence_id = ?", sid) == [("rejected",)]


def test_desk_changes_table_is_append_only(db, app):
    c = client(app, "审核员")
    sid = clue_id(db, "白沙镇")
    page = c.get(f"/clue/{sid}")
    c.post(f"/clue/{sid}/decide", data={**form_values(page.text, f"/clue/{sid}/decide"), "action": "accept"})
    conn = sqlite3.connect(db)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("UPDATE changes SET actor = 'someone else'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("DELETE FROM changes")
    conn.close()


# -- the queue -------------------------------------------------------------------------------------
@pytest.mark.parametrize("score, cats, expect", [
    (0.97, [("formalism", ["rule:formalism/x", "model:0.95"])], "certain"),
    (0.56, [("formalism", ["rule:formalism/x", "model:0.95"])], "near"),
    (0.97, [("formalism", ["rule:formalism/x", "model:0.10"])], "disagree"),
    (0.97, [("formalism", ["model:0.95"])], "disagree"),
    (0.97, [], "disagree"),
])
def test_desk_uncertainty_puts_disagreement_and_near_threshold_first(score, cats, expect):
    thresholds = {"is_problem": 0.55, "formalism": 0.5}
    urank, has_rule = queries.uncertainty(score, cats, thresholds)
    certain = queries.uncertainty(0.97, [("formalism", ["rule:formalism/x", "model:0.95"])], thresholds)[0]
    if expect == "certain":
        assert urank == certain and has_rule == 1
    elif expect == "near":
        assert urank < certain and urank > 500
    else:
        assert urank <= 500


def test_desk_card_says_why_a_clue_is_uncertain(db, app):
    html = client(app, "审核员").get(f"/clue/{clue_id(db, '部分村干部')}").text
    assert "规则命中，但模型分 0.20 低于阈值" in html
    html = client(app, "审核员").get(f"/clue/{clue_id(db, '县财政局')}").text
    assert "仅模型判定（0.88" in html


def test_desk_queue_default_order_is_most_uncertain_first(db, app):
    html = client(app, "审核员").get("/").text
    ids = [int(x) for x in re.findall(r'data-open href="/clue/(\d+)\?', html)]
    assert len(ids) == len(CLUES)
    assert ids[0] == clue_id(db, "部分村干部")  # rule and model disagree
    urank = dict(sql(db, "SELECT sentence_id, urank FROM clue_reviews"))
    assert [urank[i] for i in ids] == sorted(urank[i] for i in ids)


def test_desk_queue_keyset_pages_cover_everything_once(db):
    with Store(db) as store:
        queries.sync_queue(store, queries.load_thresholds())
        f = queries.QueueFilter(status=None)
        seen, after = [], None
        while True:
            page = queries.queue_page(store.conn, f, {}, after=after, limit=2)
            seen += [r["id"] for r in page["rows"]]
            if not page["next"]:
                break
            after = page["next"]
        assert len(seen) == len(set(seen)) == len(CLUES)
        back = queries.queue_page(store.conn, f, {}, before=after, limit=2)
        assert [r["id"] for r in back["rows"]] == seen[-4:-2]
        assert "OFFSET" not in queries.queue_sql(f, "after", (1, 1))[0].upper()


@pytest.mark.parametrize("f", [
    queries.QueueFilter(), queries.QueueFilter(status=None), queries.QueueFilter(document=1),
    queries.QueueFilter(year=2023), queries.QueueFilter(source="rule"), queries.QueueFilter(category="finance"),
    queries.QueueFilter(unit="白沙镇", status="accepted"), queries.QueueFilter(document=2, year=2023, status=None),
    queries.QueueFilter(unit="县交通局", category="formalism", status=None),
])
def test_desk_queue_pages_are_index_range_scans(db, f):
    """No full sort: every filter walks an index in queue order and stops after a page."""
    with Store(db) as store:
        queries.ensure_indexes(store)  # as the desk does when it opens the store
        sql_text, params = queries.queue_sql(f, "after", (10, 3), 51)
        plan = " | ".join(r[3] for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql_text, params))
    if f.unit:  # the unit's clues come from the unit indexes, then are sorted
        assert "USING INDEX tag_units_canonical" in plan and "USING INDEX tag_units_text" in plan, plan
        assert "SEARCH r USING INTEGER PRIMARY KEY" in plan, plan
        return
    assert "TEMP B-TREE" not in plan, plan
    assert re.search(r"(SEARCH|SCAN) r USING (COVERING )?INDEX " + queries.order_index(f), plan), plan


@pytest.mark.parametrize("query, expect", [
    ("category=finance", {"县交通运输局工程", "县财政局"}),
    ("unit=县交通局", {"县交通局会议"}),  # a written name finds the clue too
    ("unit=县交通运输局", {"县交通局会议", "县交通运输局工程"}),
    ("document=2", {"县交通运输局工程", "县财政局", "县卫健局"}),
    ("year=2022&category=extravagance", {"白沙镇", "<script>"}),
    ("source=model", {"县财政局"}),
    ("status=accepted", set()),
])
def test_desk_queue_filters(db, app, query, expect):
    html = client(app, "审核员").get(f"/?{query}").text
    ids = {int(x) for x in re.findall(r'data-open href="/clue/(\d+)\?', html)}
    assert ids == {clue_id(db, t) for t in expect}


def test_desk_next_and_previous_follow_the_queue(db, app):
    c = client(app, "审核员")
    html = c.get("/?status=all").text
    ids = [int(x) for x in re.findall(r'data-open href="/clue/(\d+)\?', html)]
    r = c.get(f"/clue/{ids[1]}/next?status=all", follow_redirects=False)
    assert r.headers["location"].startswith(f"/clue/{ids[2]}?")
    r = c.get(f"/clue/{ids[1]}/prev?status=all", follow_redirects=False)
    assert r.headers["location"].startswith(f"/clue/{ids[0]}?")
    r = c.get(f"/clue/{ids[-1]}/next?status=all", follow_redirects=False)
    assert r.headers["location"].startswith("/?")
    # back from a pending clue reaches the one just accepted (no longer pending)
    page = c.get(f"/clue/{ids[0]}?status=pending")
    c.post(f"/clue/{ids[0]}/decide", data={**form_values(page.text, f"/clue/{ids[0]}/decide"), "action": "accept"})
    assert c.get(f"/clue/{ids[1]}/prev?status=pending", follow_redirects=False).headers["location"].startswith(
        f"/clue/{ids[0]}?")
    assert c.get(f"/clue/{ids[0]}/next?status=pending", follow_redirects=False).headers["location"].startswith(
        f"/clue/{ids[1]}?")


def test_desk_sync_adds_new_clues_and_drops_vanished_ones(db):
    with Store(db) as store:
        queries.sync_queue(store, {})
        with store.transaction():
            store.conn.execute("UPDATE tags SET is_problem = 1 WHERE is_problem = 0")
        assert queries.sync_queue(store, {}) == 1
        assert store.conn.execute("SELECT COUNT(*) FROM clue_reviews").fetchone()[0] == len(CLUES) + 1
        with store.transaction():
            store.conn.execute("UPDATE tags SET is_problem = 0 WHERE problem_score < 0.1")
        queries.sync_queue(store, {})
        assert store.conn.execute("SELECT COUNT(*) FROM clue_reviews").fetchone()[0] == len(CLUES)


def test_desk_bulk_sync_rebuilds_the_queue_indexes(db, monkeypatch):
    monkeypatch.setattr(queries, "BULK_ROWS", 3)
    monkeypatch.setattr(queries, "SYNC_BATCH", 2)

    def indexes(store):
        return sorted(r[0] for r in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'clue_reviews' AND sql IS NOT NULL"))

    with Store(db) as store:
        before = indexes(store)
        assert queries.sync_queue(store, {}) == len(CLUES)
        assert indexes(store) == before and len(before) == 5
        ranks = store.conn.execute("SELECT COUNT(*) FROM clue_reviews INDEXED BY clue_reviews_status"
                                   " WHERE status = 'pending'").fetchone()[0]
        assert ranks == len(CLUES)
        with store.transaction():  # a retag by another tagger version re-ranks unreviewed clues
            store.conn.execute("UPDATE tags SET tagger = 'newer'")
        assert queries.sync_queue(store, {}) == len(CLUES)
        assert queries.sync_queue(store, {}) == 0


# -- card, document, units -------------------------------------------------------------------------
def test_desk_card_shows_highlights_context_and_evidence(db, app):
    c = client(app, "审核员")
    sid = clue_id(db, "县交通局")
    html = c.get(f"/clue/{sid}").text
    assert '<span class="hl-unit">县交通局</span>' in html
    assert 'class="hl-rule"' in html  # 流于形式/走过场 hit by the shipped formalism rules
    assert "formalism/走过场" in html and "test-tagger" in html
    assert "二、存在的问题" in html and 'href="/doc/1?p=1#p1"' in html
    assert "县交通运输局" in html  # canonical name in the units form


def test_desk_highlight_pieces():
    pieces = queries.highlight("甲局会议走过场。", [(0, 2)], [(4, 7, "formalism/走过场")])
    assert [(p["text"], p["classes"]) for p in pieces] == [("甲局", "hl-unit"), ("会议", ""), ("走过场", "hl-rule"),
                                                           ("。", "")]


def test_desk_document_page_marks_clues(db, app):
    html = client(app, "审核员").get("/doc/1?p=2").text
    assert 'id="p2"' in html and "para current" in html
    assert f'href="/clue/{clue_id(db, "白沙镇")}?status=all"' in html
    assert "全县经济稳步发展" in html


def test_desk_unit_merge_split_and_profile(db, app):
    c = client(app, "审核员")
    html = c.get("/units").text
    assert "县卫健局" in html
    page = c.get("/unit?region=桐溪县&name=县交通运输局")
    assert page.status_code == 200 and "<svg" in page.text and 'class="lvl' in page.text
    csrf = form_values(page.text, "/logout")["csrf"]
    r = c.post("/units/merge", data={"csrf": csrf, "region": "桐溪县", "alias": "县财政局", "canonical": "县交通运输局"},
               follow_redirects=False)
    assert r.status_code == 303
    assert sql(db, "SELECT canonical FROM tag_units WHERE text = '县财政局'") == [("县交通运输局",)]
    assert sql(db, "SELECT alias, canonical, actor FROM unit_aliases") == [("县财政局", "县交通运输局", "审核员")]
    change = sql(db, "SELECT sentence_id, field, before, after FROM changes")
    assert change[0][0] is None and change[0][1] == "unit_alias" and json.loads(change[0][3])["clues"] == 1
    assert sql(db, "SELECT COUNT(*) FROM doc_cells WHERE unit = '县财政局'")[0][0] == 0
    r = c.post("/units/split", data={"csrf": csrf, "region": "桐溪县", "canonical": "县交通运输局", "written": "县财政局"},
               follow_redirects=False)
    assert r.status_code == 303
    assert sql(db, "SELECT canonical FROM tag_units WHERE text = '县财政局'") == [("县财政局",)]
    assert sql(db, "SELECT COUNT(*) FROM unit_aliases")[0][0] == 0


@pytest.mark.parametrize("n, peak, level", [(0, 4, 0), (1, 1, 5), (1, 10, 1), (10, 10, 5), (5, 10, 3)])
def test_desk_unit_profile_shades(n, peak, level):
    assert queries._level(n, peak) == level


def test_desk_unit_suggestions_pair_short_and_full_names():
    units = [{"region": "桐溪县", "name": "县交通局"}, {"region": "桐溪县", "name": "县交通运输局"},
             {"region": "云溪县", "name": "县财政局"}]
    assert queries.unit_suggestions(units) == [{"region": "桐溪县", "alias": "县交通局", "canonical": "县交通运输局",
                                                "score": 0.667}]


# -- reports, command line, packaging --------------------------------------------------------------
def test_desk_report_counts_only_accepted_clues(db, app):
    from pipeline.report.aggregate import build_report
    from pipeline.rules import load_taxonomy

    c = client(app, "审核员")
    sid = clue_id(db, "县卫健局")
    page = c.get(f"/clue/{sid}")
    c.post(f"/clue/{sid}/decide", data={**form_values(page.text, f"/clue/{sid}/decide"), "action": "accept"})
    taxonomy = load_taxonomy()
    with Store(db) as store:
        everything = build_report(store, taxonomy, by="category")
        accepted = build_report(store, taxonomy, by="category", accepted_only=True)
    assert everything.clue_count == len(CLUES)
    assert accepted.clue_count == 1 and [(r["category"], r["count"]) for r in accepted.rows] == [("side_jobs", 1)]
    from click.testing import CliRunner

    import cli

    out = CliRunner().invoke(cli.main, ["report", "--db", str(db), "--accepted-only", "--format", "json"])
    assert out.exit_code == 0, out.output
    rows = json.loads(out.output)
    assert [(r["unit"], r["category"], r["count"]) for r in rows] == [("县卫健局", "side_jobs", 1)]


@pytest.mark.parametrize("host, admin, ok", [("127.0.0.1", False, True), ("localhost", False, True), ("::1", False, True),
                                             ("0.0.0.0", False, False), ("192.168.1.5", False, False),
                                             ("0.0.0.0", True, True)])
def test_desk_non_loopback_host_needs_an_admin(tmp_path, host, admin, ok):
    db = make_store(tmp_path / "b.db", users={"管理员": ("admin", "admin-pass-1")} if admin else
                    {"审核员": ("reviewer", "review-pass-1")})
    with Store(db) as store:
        if ok:
            auth.check_bind(store.conn, host)
        else:
            with pytest.raises(auth.DeskError, match="no admin"):
                auth.check_bind(store.conn, host)


def test_desk_cli_serve_refuses_open_host_without_admin(tmp_path):
    from click.testing import CliRunner

    import cli

    db = make_store(tmp_path / "c.db", users={})
    out = CliRunner().invoke(cli.main, ["serve", "--db", str(db), "--host", "0.0.0.0", "--port", "1"])
    assert out.exit_code == 1 and "no admin user exists" in out.output


def test_desk_cli_user_commands(tmp_path):
    from click.testing import CliRunner

    import cli

    db = str(tmp_path / "u.db")
    run = CliRunner().invoke
    assert run(cli.main, ["user", "add", "张三", "--role", "admin", "--db", db], input="pass-word-1\npass-word-1\n").exit_code == 0
    assert run(cli.main, ["user", "add", "李四", "--password-stdin", "--db", db], input="pass-word-2\n").exit_code == 0
    out = run(cli.main, ["user", "add", "李四", "--password-stdin", "--db", db], input="pass-word-2\n")
    assert out.exit_code == 1 and "exists already" in out.output
    out = run(cli.main, ["user", "list", "--db", db])
    assert out.output.splitlines() == ["张三\tadmin", "李四\treviewer"]
    assert run(cli.main, ["user", "passwd", "李四", "--password-stdin", "--db", db], input="new-pass-9\n").exit_code == 0
    with Store(db) as store:
        assert auth.authenticate(store.conn, "李四", "new-pass-9") is not None
        assert auth.authenticate(store.conn, "李四", "pass-word-2") is None
        stored = store.conn.execute("SELECT password FROM users").fetchall()
    assert all(r[0].startswith("scrypt$") and "pass-word" not in r[0] for r in stored)
    assert run(cli.main, ["user", "remove", "李四", "--db", db]).exit_code == 0
    assert run(cli.main, ["user", "list", "--db", db]).output.splitlines() == ["张三\tadmin"]


def test_desk_htmx_is_vendored_with_its_hash(app):
    static = ROOT / "pipeline" / "desk" / "static"
    data = (static / "htmx.min.js").read_bytes()
    assert hashlib.sha256(data).hexdigest() == HTMX_SHA256
    assert f'version:"{HTMX_VERSION}"' in data.decode("utf-8")
    assert HTMX_SHA256 in (static / "VENDORED.txt").read_text(encoding="utf-8")
    r = client(app).get("/static/htmx.min.js")
    assert r.status_code == 200 and r.content == data and "javascript" in r.headers["content-type"]


def test_desk_templates_and_static_files_are_package_data():
    """CI installs the wheel (not editable): every template and static file must be listed."""
    import fnmatch
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert "pipeline.desk" in config["packages"]
    patterns = config["package-data"]["pipeline.desk"]
    desk = ROOT / "pipeline" / "desk"
    files = [p.relative_to(desk).as_posix() for sub in ("templates", "static") for p in (desk / sub).iterdir()]
    assert files
    for name in files:
        assert any(fnmatch.fnmatch(name, pat) for pat in patterns), name


def test_desk_help_lists_the_keys(app):
    html = client(app, "审核员").get("/help").text
    for key in ("<kbd>a</kbd>", "<kbd>r</kbd>", "<kbd>j</kbd>", "<kbd>k</kbd>", "<kbd>u</kbd>", "<kbd>?</kbd>",
                "<kbd>f</kbd>", "<kbd>s</kbd>"):
        assert key in html


def test_desk_xuncha_serve_runs_from_the_installed_package(tmp_path):
    """The real command, as installed (CI installs the wheel, not the source tree): it starts
    uvicorn, serves the packaged templates and static files, and stops on SIGTERM."""
    import os
    import shutil as sh
    import signal
    import socket
    import subprocess
    import sys
    import time
    import urllib.error
    import urllib.request

    exe = sh.which("xuncha", path=str(Path(sys.executable).parent))
    if not exe:
        pytest.skip("xuncha is not installed in this environment (pip install .)")
    db = make_store(tmp_path / "serve.db", users={"管理员": ("admin", "admin-pass-1")})
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "XUNCHA_HOME")}
    proc = subprocess.Popen([exe, "serve", "--db", str(db), "--port", str(port)], cwd=tmp_path, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/login", timeout=5) as r:
                    body, headers = r.read().decode("utf-8"), r.headers
                break
            except (urllib.error.URLError, ConnectionError):
                assert proc.poll() is None, proc.stderr.read().decode()
                assert time.monotonic() < deadline, "xuncha serve did not answer within a minute"
                time.sleep(0.1)
        assert "登录" in body and headers["content-security-policy"].startswith("default-src 'self'")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/static/htmx.min.js", timeout=5) as r:
            assert hashlib.sha256(r.read()).hexdigest() == HTMX_SHA256
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def test_desk_readme_command_parses():
    """The README's review-desk command names real commands and options, on one store."""
    import shlex

    import click

    import cli

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Review desk"):]
    block = re.search(r"```bash\n(.*?)```", section, re.S).group(1).strip()
    dbs = set()
    for part in re.split(r"&&|;", block):
        args = shlex.split(part)
        assert args[0].endswith("bin/xuncha"), part
        args = args[1:]
        command: click.Command = cli.main
        while isinstance(command, click.Group):
            command = command.commands[args.pop(0)]
        ctx = command.make_context(command.name, list(args))
        dbs.add(ctx.params["db"])
    assert len(dbs) == 1 and "serve" in block and "user add" in block and "corpora/samples" in block


def test_desk_makes_its_unit_indexes_when_it_opens_a_store(db):
    """The unit indexes only the desk's queue filter reads are not kept by a store that no
    desk has opened (every run would pay for them); the desk makes them on opening it."""
    names = "SELECT name FROM sqlite_master WHERE name IN ('tag_units_canonical', 'tag_units_text')"
    with Store(db) as store:
        store.conn.executescript("DROP INDEX IF EXISTS tag_units_canonical; DROP INDEX IF EXISTS tag_units_text;")
        assert store.conn.execute(names).fetchall() == []
    create_app(str(db))
    with Store(db) as store:
        assert sorted(r[0] for r in store.conn.execute(names)) == ["tag_units_canonical", "tag_units_text"]
