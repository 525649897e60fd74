"""The hostile-input corpus: inputs a real collection holds, and inputs nobody should send.

Each case is bytes under a file name, with the number of articles it must give: every
readable article kept, and whatever is not readable reported in one line. Texts are written
here; each case's text is its own (a case's number is in it), so no two cases hold copies of
one text and the store's count is the sum of the cases'.
"""

from __future__ import annotations

import codecs
import gzip
import json
from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    name: str  # file name, suffix included ("" = sniffed from the content)
    data: bytes
    articles: int  # articles the input holds: all must be stored
    says: str | None = None  # a part of the one line reported for it, when it is refused


PLACES = ["Valmora", "Tarrow", "Brenholm", "Castellan", "Corvala", "Aldren", "Kessing"]


def story(n: int) -> str:
    """A short news text of its own for case ``n``."""
    place = PLACES[n % len(PLACES)]
    return (
        f"Officials in {place} said on Monday that {n + 3} ferries were halted by the storm. "
        f"Case {n} of the hostile corpus: the harbour master expects service back by Friday."
    )


def _json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def _jsonl(*records: object) -> bytes:
    return b"".join(json.dumps(r).encode() + b"\n" for r in records)


def _rss(items: str, declaration: str = '<?xml version="1.0" encoding="utf-8"?>') -> bytes:
    return (
        f'{declaration}<rss version="2.0"><channel><title>Harbour Wire</title>'
        f"<link>https://wire.example/</link>{items}</channel></rss>"
    ).encode()


def _item(n: int, body: str | None = None, date: str = "Mon, 06 Oct 2025 09:00:00 GMT") -> str:
    text = body if body is not None else f"<p>{story(n)}</p>"
    return (
        f"<item><title>Ferries halted {n}</title><link>https://wire.example/{n}</link>"
        f"<pubDate>{date}</pubDate><description><![CDATA[{text}]]></description></item>"
    )


def _html(n: int, head: str = '<meta charset="utf-8">', encoding: str = "utf-8") -> bytes:
    body = " ".join(story(n + k) for k in range(3))
    return (
        f"<!doctype html><html><head>{head}<title>Ferries {n}</title></head><body>"
        f"<article><h1>Ferries halted</h1><p>{body}</p><p>{story(n + 7)}</p></article>"
        "</body></html>"
    ).encode(encoding)


def _cases() -> list[Case]:
    cases: list[Case] = []

    def add(name: str, data: bytes, articles: int, says: str | None = None) -> None:
        cases.append(Case(name, data, articles, says))

    n = len
    # ---- encodings -------------------------------------------------------------------------
    add("utf8.txt", story(n(cases)).encode(), 1)
    add("utf8-bom.txt", codecs.BOM_UTF8 + story(n(cases)).encode(), 1)
    add("utf16le-bom.txt", codecs.BOM_UTF16_LE + story(n(cases)).encode("utf-16-le"), 1)
    add("utf16be-bom.txt", codecs.BOM_UTF16_BE + story(n(cases)).encode("utf-16-be"), 1)
    add("utf32-bom.txt", story(n(cases)).encode("utf-32"), 1)
    add("latin1.txt", ("Café " + story(n(cases)) + " Crème brûlée.").encode("latin-1"), 1)
    add("cp1252.txt", ("“Quoted” – " + story(n(cases))).encode("cp1252"), 1)
    add("cp1251.txt", ("Москва: паромы остановлены. " + story(n(cases))).encode("cp1251"), 1)
    add("koi8r.txt", ("Паромы остановлены штормом. " + story(n(cases))).encode("koi8-r"), 1)
    add("shiftjis.txt", ("東京で会議。" + story(n(cases))).encode("shift_jis"), 1)
    add("one-bad-byte.txt", story(n(cases)).encode() + b" caf\xe9 au lait.", 1)
    add("html-1252.html", _html(n(cases), '<meta charset="windows-1252">', "cp1252")
        .replace(b"Ferries halted", "Ferries halted – “storm”".encode("cp1252")), 1)
    add("html-http-equiv.html", _html(
        n(cases), '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
        "latin-1").replace(b"<h1>", "<h1>Côte ".encode("latin-1")), 1)
    add("feed-latin1.xml", _rss(_item(n(cases), f"<p>Été. {story(n(cases))}</p>"),
                                '<?xml version="1.0" encoding="iso-8859-1"?>')
        .decode().encode("latin-1"), 1)
    add("lines-latin1.jsonl", _jsonl({"text": "Élan. " + story(n(cases))}).decode()
        .encode("latin-1") + _jsonl({"text": story(n(cases) * 100 + 1)}), 2)
    add("csv-latin1.csv", ("title,text\nFerries,\"Ça va. " + story(n(cases)) + "\"\n")
        .encode("latin-1"), 1)
    add("json-utf16.json", codecs.BOM_UTF16_LE + json.dumps(
        [{"text": story(n(cases))}]).encode("utf-16-le"), 1)
    add("jsonl-utf16.jsonl", codecs.BOM_UTF16_LE + (json.dumps({"text": story(n(cases))})
                                                    + "\n").encode("utf-16-le"), 1)
    add("nul-inside.txt", story(n(cases)).encode() + b"\x00\x01\x02binary tail", 0, "binary")
    add("surrogate-bytes.txt", story(n(cases)).encode() + b" \xed\xa0\x80 end.", 1)
    add("overlong.txt", story(n(cases)).encode() + b" \xc0\xaf end.", 1)
    add("sniffed-utf16", codecs.BOM_UTF16_LE + story(n(cases)).encode("utf-16-le"), 1)

    # ---- shapes people have ----------------------------------------------------------------
    i = n(cases)
    add("newsapi.json", _json({"status": "ok", "totalResults": 2, "articles": [
        {"source": {"id": "bbc-news", "name": "BBC News"}, "author": "A. Writer",
         "title": "Ferries halted", "description": "Storm.", "url": "https://bbc.example/1",
         "publishedAt": "2025-10-06T09:00:00Z", "content": story(i) + " … [+2013 chars]"},
        {"source": {"id": None, "name": "Harbour Times"}, "title": "Port shut",
         "url": "https://ht.example/2", "publishedAt": "2025-10-07T10:00:00Z",
         "content": story(i * 100 + 1)}]}), 2)
    i = n(cases)
    add("gdelt.json", _json({"articles": [
        {"url": f"https://gd.example/{k}", "title": f"Ferries halted in port number {i + k}",
         "seendate": "20251006T093000Z", "domain": "gd.example", "language": "English"}
        for k in range(3)]}), 3)
    i = n(cases)
    add("newsplease.json", _json({"title": "Ferries halted", "maintext": story(i),
                                  "date_publish": "2025-10-06 09:00:00",
                                  "source_domain": "harbour.example",
                                  "url": "https://harbour.example/a", "language": "en"}), 1)
    i = n(cases)
    add("jsonfeed.json", _json({"version": "https://jsonfeed.org/version/1.1",
                                "title": "Harbour feed", "items": [
        {"id": "1", "url": "https://jf.example/1", "title": "Ferries",
         "content_html": f"<p>{story(i)}</p><p>More.</p>", "date_published": "2025-10-06"},
        {"id": "2", "content_text": story(i * 100 + 1), "date_published": "2025-10-07"}]}), 2)
    i = n(cases)
    add("wordpress.json", _json([
        {"id": 7, "date": "2025-10-06T09:00:00", "link": "https://wp.example/ferries",
         "title": {"rendered": "Ferries halted"},
         "content": {"rendered": f"<p>{story(i)}</p>\n<p>Second paragraph.</p>",
                     "protected": False}}]), 1)
    i = n(cases)
    add("ghost.json", _json({"db": [{"meta": {"version": "5"}, "data": {"posts": [
        {"id": "a1", "title": "Ferries halted", "html": f"<p>{story(i)}</p>",
         "published_at": "2025-10-06T09:00:00.000Z"}]}}]}), 1)
    i = n(cases)
    add("guardian.json", _json({"response": {"status": "ok", "results": [
        {"id": "world/1", "webTitle": "Ferries halted", "webUrl": "https://gu.example/1",
         "webPublicationDate": "2025-10-06T09:00:00Z", "fields": {"bodyText": story(i)}}]}}), 1)
    i = n(cases)
    add("nyt.json", _json({"response": {"docs": [
        {"web_url": "https://ny.example/1", "headline": {"main": "Ferries halted", "kicker": None},
         "pub_date": "2025-10-06T09:00:00+0000", "lead_paragraph": story(i),
         "source": "The New York Times"}]}}), 1)
    i = n(cases)
    add("elastic.json", _json({"hits": {"total": 1, "hits": [
        {"_index": "news", "_id": "x1", "_source": {"title": "Ferries", "body": story(i),
                                                   "date": "2025-10-06"}}]}}), 1)
    i = n(cases)
    add("jsonapi.json", _json({"data": [{"type": "article", "id": "9", "attributes": {
        "title": "Ferries halted", "body": {"value": f"<p>{story(i)}</p>", "format": "html"},
        "created": "2025-10-06T09:00:00+00:00"}}]}), 1)
    i = n(cases)
    add("upper-keys.jsonl", _jsonl({"TEXT": story(i), "Title": "Ferries", "PubDate": "2025-10-06",
                                    "Source": "Harbour Times"}), 1)
    i = n(cases)
    add("headline-body.jsonl", _jsonl({"headline": "Ferries halted", "body": story(i),
                                       "date": "2025-10-06", "site": "harbour.example"}), 1)
    i = n(cases)
    add("epoch-dates.jsonl", _jsonl(
        {"text": story(i), "timestamp": 1759741200},
        {"text": story(i * 100 + 1), "timestamp": 1759741200000},
        {"text": story(i * 100 + 2), "date": {"$date": "2025-10-06"}},
    ), 3)
    i = n(cases)
    add("bad-dates.jsonl", _jsonl({"text": story(i), "date": "not a date at all"},
                                  {"text": story(i * 100 + 1), "date": "2024-13-45"},
                                  {"text": story(i * 100 + 2), "date": 10**30},
                                  {"text": story(i * 100 + 3), "date": True}), 4)
    i = n(cases)
    add("bom-header.csv", codecs.BOM_UTF8 + f'Headline,Body,Date\nFerries,"{story(i)}",2025-10-06\n'
        .encode(), 1)
    i = n(cases)
    add("tabs.tsv", f"title\ttext\tdate\nFerries\t{story(i)}\t2025-10-06\n".encode(), 1)
    i = n(cases)
    add("quoted-newlines.csv", f'text,title\n"{story(i)}\n\nSecond line.","Ferries"\n'.encode(), 1)
    add("semicolons.csv", f"text;title\n{story(n(cases))};Ferries\n".encode(), 0, "no text column")
    i = n(cases)
    add("blank-lines.jsonl", b"\n\n" + _jsonl({"text": story(i)}) + b"\n   \n"
        + _jsonl({"text": story(i * 100 + 1)}), 2)
    i = n(cases)
    add("jsonl-as.json", _jsonl({"text": story(i)}, {"text": story(i * 100 + 1)}), 2)
    add("one-object.json", _json({"text": story(n(cases)), "title": "Ferries"}), 1)
    i = n(cases)
    add("mixed-array.json", _json([{"text": story(i)}, 42, "text", None, {"text": ""},
                                   {"text": story(i * 100 + 1)}]), 2)
    add("title-only.jsonl", _jsonl({"title": "Ferries halted by the storm in Kessing"}), 1)
    add("stub-title.jsonl", _jsonl({"title": "x"}), 0, "no article text")
    add("null-text.jsonl", _jsonl({"text": None, "body": story(n(cases))}), 1)
    add("number-text.jsonl", _jsonl({"text": 12345, "title": "A"}), 1)
    add("list-text.jsonl", _jsonl({"text": [story(n(cases)), "more"]}), 1)
    add("empty-array.json", b"[]", 0)
    add("empty-object.json", b"{}", 0, "no article text")
    i = n(cases)
    add("field-in-url.jsonl", _jsonl({"text": story(i), "url": "javascript:alert(1)"}), 1)

    # ---- junk --------------------------------------------------------------------------------
    add("png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", 0, "binary")
    add("pdf.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", 0)
    add("zip.json", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(40), 0, "binary")
    add("gzip.jsonl", gzip.compress(_jsonl({"text": "compressed"})), 0)
    add("empty.txt", b"", 0, "empty file")
    add("spaces.txt", b"   \n\t\r\n  ", 0, "empty file")
    add("only-bom.txt", codecs.BOM_UTF8, 0)
    add("brace.json", b"{", 0, "malformed JSON")
    add("bracket.json", b"[", 0, "malformed JSON")
    add("close.json", b"]", 0, "malformed JSON")
    add("null.json", b"null", 0)
    add("true.jsonl", b"true\n", 0, "expected a JSON object")
    add("number.jsonl", b"42\n", 0, "expected a JSON object")
    add("string.json", b'"just a string"', 0)
    add("controls.txt", bytes(range(1, 9)) + b"\x0b\x0c\x0e\x0f", 0)
    add("no-body.html", b"<html><head><title>x</title></head></html>", 0, "no article text")
    add("not-a-feed.xml", b'<?xml version="1.0"?><catalog><book id="1"/></catalog>', 0)
    add("no-items.rss", _rss(""), 0)
    add("comment-item.xml",
        _rss(_item(n(cases), "<!-- nothing here -->") + _item(n(cases) * 100 + 1)),
        1, "has no text")
    add("junk-pubdate.rss", _rss(_item(n(cases), date="not a date at all")), 1)
    i = n(cases)
    add("glued-paragraphs.rss", _rss(_item(i, f"<p>{story(i)}</p><p>TARROW, England (AP) — "
                                             "More ferries stopped.</p>")), 1)
    add("atom-empty-entry.atom", b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">'
        b"<title>t</title><entry><title>e</title></entry></feed>", 0, "has no text")
    add("random.jsonl", bytes((k * 37 + 11) % 256 for k in range(3000)), 0)
    add("angle-brackets.txt", f"a <b> c < d > e {story(n(cases))} <script>x</script>".encode(), 1)

    # ---- huge ------------------------------------------------------------------------------
    add("two-mb-line.txt", (story(n(cases)) + " ") .encode() * 12_000, 1)
    add("over-the-analysed-limit.txt", "\n\n".join(story(n(cases) + k) for k in range(4000))
        .encode(), 1, "analysed on its first")
    add("one-long-word.txt", b"Ferries " + b"x" * 1_000_000, 1)
    i = n(cases)
    add("many-records.json", _json([{"text": story(i * 10_000 + k)} for k in range(1500)]), 1500)
    add("wide-csv-field.csv", b'text\n"' + (story(n(cases)) + " ").encode() * 5000 + b'"\n', 1)
    i = n(cases)
    add("many-lines.jsonl", b"".join(_jsonl({"text": story(i * 10_000 + k)})
                                     for k in range(2000)), 2000)
    add("many-feed-items.rss", _rss("".join(_item(n(cases) * 10_000 + k) for k in range(200))),
        200)

    # ---- nested ------------------------------------------------------------------------------
    add("deep-array.json", b"[" * 100_000, 0, "nested too deeply")
    add("deep-object.json", b'{"a":' * 50_000 + b"1" + b"}" * 50_000, 0, "nested too deeply")
    add("deep-line.jsonl", b"[" * 100_000 + b"\n" + _jsonl({"text": story(n(cases))}), 1,
        "nested too deeply")
    add("deep-text.json", _json({"text": story(n(cases))})[:-1] + b', "extra": '
        + b"[" * 3000 + b"]" * 3000 + b"}", 0, "nested too deeply")
    add("deep-html.html", b"<html><body>" + b"<div>" * 100_000 + story(n(cases)).encode()
        + b"</div>" * 100_000 + b"</body></html>", 0)
    add("entity-bomb.xml", b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
        b'<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><rss version="2.0"><channel><title>t'
        b"</title><item><title>x</title><description>&d;&d;&d;</description></item>"
        b"</channel></rss>", 1)
    entities = "".join(
        f'<!ENTITY e{k} "' + (f"&e{k - 1};" * 10 if k else "ha") + '">' for k in range(10)
    )
    add("entity-bomb-deep.rss", _rss(_item(n(cases), "&e9;"), f'<?xml version="1.0"?>'
                                     f"<!DOCTYPE r [{entities}]>"), 1)
    add("nested-wrappers.json", _json({"response": {"data": {"items": [
        {"text": story(n(cases))}]}}}), 1)
    add("deep-title-value.jsonl", _jsonl({"text": story(n(cases)),
                                          "title": {"rendered": {"rendered": {"main": "T"}}}}), 1)

    # ---- truncated ---------------------------------------------------------------------------
    add("cut-array.json", _json([{"text": story(n(cases))}, {"text": "x"}])[:-20], 0,
        "malformed JSON")
    add("cut-last-line.jsonl", _jsonl({"text": story(n(cases))}) + b'{"text": "cut off mid', 1,
        "malformed JSON")
    add("cut-multibyte.txt", (story(n(cases)) + " café").encode()[:-1], 1)
    add("cut-gzip.json", gzip.compress(b"[]" * 100)[:20], 0)
    add("cut-html.html", _html(n(cases))[:-60], 1)
    add("cut-feed.xml", _rss(_item(n(cases)) + _item(n(cases) * 100 + 1))[:-40], 1, "has no text")
    add("cut-quote.csv", f'text\n"{story(n(cases))}\n'.encode(), 1)
    add("cut-utf16.txt", codecs.BOM_UTF16_LE + story(n(cases)).encode("utf-16-le")[:-1], 0,
        "not valid utf-16")
    add("cut-bom.txt", codecs.BOM_UTF8[:2] + story(n(cases)).encode(), 1)
    add("trailing-comma.json", b'[{"text": "' + story(n(cases)).encode() + b'"},]', 0,
        "malformed JSON")
    add("nan.jsonl", b'{"text": "' + story(n(cases)).encode() + b'", "date": NaN}\n', 1)
    add("duplicate-keys.jsonl", b'{"text": "x", "text": "' + story(n(cases)).encode() + b'"}\n',
        1)
    add("cut-date-header.txt", b" date 2025-10", 0, "no article text")
    add("date-header-only.txt", b" date 2025-10-06\n", 0, "no article text")
    return cases


CASES = _cases()
