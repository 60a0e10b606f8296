"""The ``Engine`` on Tantivy, embedded, with its index in a directory.

Tantivy lets one ``IndexWriter`` hold an index at a time, across processes (a
lock file); a second raises ``LockBusy``, which this module turns into
``IndexBusyError`` for the queue to retry (``queue.py``). Readers in every process see a
commit once their reader reloads: at once in the writing process, within about
half a second elsewhere (Tantivy watches ``meta.json``).

Ranking is BM25 over the title (boosted) and the text; equal scores go to the
newer meeting. Hits are grouped by item in the order of their best hit.
"""

import os
import re
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import tantivy

from .engine import (
    OVERDUE,
    Filters,
    Group,
    Hit,
    IndexBusyError,
    Results,
    SearchDocument,
    Snippet,
)

# Bump when the schema or analysis changes: a new directory starts empty and
# ``moot reindex`` fills it.
SCHEMA_VERSION = 3
MAX_HITS = 5000  # records ranked per search; deeper pages are not reachable
SHOWN_PER_GROUP = 3
SNIPPET_CHARS = 220
FACET_SIZES = {"committee": 50, "year": 40, "kind": 10}
FACET_CACHE = 256  # searches whose facets are kept until the next index commit
# Past this many matching records, facets are counted on the records of one
# item in FACET_SAMPLE (by item id) and scaled up: counting every match of a
# common phrase costs as much as ranking them.
FACET_EXACT = 50_000
FACET_SAMPLE = 16


def schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("key", stored=True, tokenizer_name="raw")
    builder.add_integer_field("item", stored=True, indexed=True, fast=True)
    builder.add_text_field("kind", stored=True, fast=True, tokenizer_name="raw")
    builder.add_text_field("title", stored=True, tokenizer_name="en")
    builder.add_text_field("text", stored=True, tokenizer_name="en")
    builder.add_text_field("url", stored=True, tokenizer_name="raw")
    builder.add_text_field("body", fast=True, tokenizer_name="raw")
    builder.add_text_field("committee", fast=True, tokenizer_name="raw")
    builder.add_text_field("status", tokenizer_name="raw")
    builder.add_integer_field("open_due", indexed=True, fast=True)  # day ordinals
    builder.add_integer_field("sample", indexed=True)  # item id % FACET_SAMPLE
    builder.add_integer_field("day", stored=True, indexed=True, fast=True)
    builder.add_integer_field("year", indexed=True, fast=True)
    return builder.build()


def english() -> tantivy.TextAnalyzer:
    """Words, lower-cased, accents folded (café → cafe), English stems."""
    return (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.remove_long(40))
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.ascii_fold())
        .filter(tantivy.Filter.stemmer("english"))
        .build()
    )


class TantivyEngine:
    def __init__(self, path: Path) -> None:
        self.path = path / f"v{SCHEMA_VERSION}"
        self.path.mkdir(parents=True, exist_ok=True)
        self.schema = schema()
        self.index = tantivy.Index(self.schema, path=str(self.path), reuse=True)
        self.index.register_tokenizer("en", english())
        self.index.config_reader("OnCommit")
        # Facet counts visit every match (or a sample of them), as costly as
        # ranking; the next page, another sort or the JSON and feed of the
        # same search reuse them until the index changes.
        self.facet_cache: OrderedDict[tuple, tuple[dict, bool]] = OrderedDict()
        self._generation: tuple | None = None

    # Writing

    @contextmanager
    def _writer(self, heap: int = 64_000_000, threads: int = 1):
        try:
            writer = self.index.writer(heap, threads)
        except ValueError as error:
            if "LockBusy" in str(error):
                raise IndexBusyError(str(error)) from error
            raise
        try:
            yield writer
            writer.commit()
        except BaseException:
            writer.rollback()
            raise
        finally:
            # Consumes the writer: merges finish and the lock is released.
            writer.wait_merging_threads()
        self.index.reload()
        self.facet_cache.clear()

    def index_documents(
        self, items: Iterable[int], documents: Iterable[SearchDocument]
    ) -> None:
        with self._writer() as writer:
            for item in items:
                writer.delete_documents_by_term("item", item)
            for document in documents:
                writer.add_document(self._document(document))

    def delete(self, items: Iterable[int]) -> None:
        self.index_documents(items, [])

    def rebuild(self, batches: Iterator[list[SearchDocument]]) -> int:
        count = 0
        with self._writer(heap=512_000_000, threads=2) as writer:
            writer.delete_all_documents()
            for batch in batches:
                for document in batch:
                    writer.add_document(self._document(document))
                count += len(batch)
        return count

    def _document(self, d: SearchDocument) -> tantivy.Document:
        doc = tantivy.Document(
            key=d.key,
            item=d.item,
            kind=d.kind,
            title=d.title,
            text=d.text,
            url=d.url,
            body=d.body,
            committee=d.committee,
            day=d.date.toordinal(),
            year=d.date.year,
            sample=d.item % FACET_SAMPLE,
        )
        for status in d.status:
            doc.add_text("status", status)
        for due in d.open_due:
            doc.add_integer("open_due", due.toordinal())
        return doc

    # Reading

    def parse(self, text: str) -> tuple[tantivy.Query | None, bool]:
        """The query, and whether it had to be read as plain words.

        Only the syntax docs/search.md gives is read as such: words, phrases,
        ``-`` and ``+``, AND, OR, NOT, brackets and the fields ``title:`` and
        ``text:``. Any other field, a wildcard, range, boost or fuzzy mark
        (which Tantivy would accept, then fail on when searching) makes the
        whole query plain words, as does a query Tantivy cannot parse.
        ``None`` means there is nothing to search for (``-`` alone, say).
        """
        text = text.strip()
        if not text:
            return tantivy.Query.all_query(), False
        if documented(text):
            try:
                return self._parse(text), False
            except ValueError:
                pass
        return self._words(text), True

    def _words(self, text: str) -> tantivy.Query | None:
        # Lower case so no word is read as AND, OR or NOT.
        words = re.findall(r"\w+", text.lower())
        return self._parse(" ".join(words)) if words else None

    def _parse(self, text: str) -> tantivy.Query:
        return self.index.parse_query(
            text,
            ["title", "text"],
            field_boosts={"title": 2.0},
            conjunction_by_default=True,
        )

    def _filtered(self, query: tantivy.Query, filters: Filters) -> tantivy.Query:
        terms = [
            (name, value)
            for name, value in [
                ("body", filters.body),
                ("committee", filters.committee),
                ("kind", filters.kind),
            ]
            if value
        ]
        clauses = [
            tantivy.Query.term_query(self.schema, name, value) for name, value in terms
        ]
        if filters.status:
            clauses.append(self._status(filters.status, filters.today or date.today()))
        if filters.date_from or filters.date_to:
            clauses.append(
                self._days(
                    "day",
                    filters.date_from.toordinal() if filters.date_from else None,
                    filters.date_to.toordinal() if filters.date_to else None,
                )
            )
        if not clauses:
            return query
        must = tantivy.Occur.Must
        return tantivy.Query.boolean_query(
            [(must, query)]
            + [(must, tantivy.Query.const_score_query(c, 0.0)) for c in clauses]
        )

    def _status(self, status: str, today: date) -> tantivy.Query:
        """Records with a commitment in ``status``; ``open`` and ``overdue`` by date.

        Overdue is open and due before today, so it is decided here, against
        today, from the due dates of open commitments (``open_due``, an
        undated one as ``date.max``); ``open`` is open and not overdue, as in
        the tracker. An item record matches if any of its commitments does.
        """
        day = today.toordinal()
        if status == OVERDUE:
            return self._days("open_due", None, day - 1)
        if status == "open":
            return self._days("open_due", day, None)
        return tantivy.Query.term_query(self.schema, "status", status)

    def _days(self, field: str, first: int | None, last: int | None) -> tantivy.Query:
        return tantivy.Query.range_query(
            self.schema, field, tantivy.FieldType.Integer, first, last
        )

    def search(
        self,
        query: str,
        filters: Filters,
        sort: str = "relevance",
        page: int = 1,
        per_page: int = 20,
    ) -> Results:
        parsed, plain = self.parse(query)
        asked = (query, filters, sort, page, per_page)
        try:
            return self._search(*asked, parsed, plain)
        except ValueError:
            # A query Tantivy parsed but cannot run: its words, never an error.
            if plain:
                raise
            return self._search(*asked, self._words(query), True)

    def _search(self, query, filters, sort, page, per_page, parsed, plain) -> Results:
        if parsed is None:
            return Results(query, [], 0, page, False, {}, plain)
        filtered = self._filtered(parsed, filters)
        searcher = self._searcher()
        ranked, total, exhausted = self._rank(searcher, filtered, sort, page * per_page)
        groups = ranked[(page - 1) * per_page : page * per_page]
        has_next = len(ranked) > page * per_page or not exhausted
        shown = self._hydrate(searcher, parsed, groups)
        key = (query.strip(), filters)
        counted = self.facet_cache.get(key)
        if counted is None:
            counted = self.facet_cache[key] = self._facets(searcher, filtered, total)
            if len(self.facet_cache) > FACET_CACHE:
                self.facet_cache.popitem(last=False)
        else:
            self.facet_cache.move_to_end(key)
        facets, estimated = counted
        return Results(query, shown, total, page, has_next, facets, plain, estimated)

    def _searcher(self) -> tantivy.Searcher:
        """A searcher on the latest commit; a new commit empties the facet cache.

        Every commit replaces ``meta.json`` (a new file, renamed into place),
        so its identity names the index's state. Reloading when it changes
        also lets this process see another process's commit at once.
        """
        try:
            meta = os.stat(self.path / "meta.json")
            generation = (meta.st_ino, meta.st_mtime_ns, meta.st_size)
        except FileNotFoundError:
            generation = None
        if generation != self._generation:
            # Reload before noting the generation, so facets are never cached
            # under a newer generation than the searcher that counted them.
            self.index.reload()
            self.facet_cache.clear()
            self._generation = generation
        return self.index.searcher()

    def _rank(self, searcher, query, sort: str, groups_wanted: int):
        """Hit addresses grouped by item, best group first, and the hit count.

        Fetches more hits until there are enough groups for the page (and one
        more, to know whether a next page exists) or every hit is in.
        """
        limit = min(MAX_HITS, groups_wanted * 3 + 30)
        while True:
            if sort == "date":
                result = searcher.search(query, limit, order_by_field="day")
            else:
                result = searcher.search(query, limit)
            hits = result.hits
            addresses = [address for _, address in hits]
            items = searcher.fast_field_values("item", addresses)
            days = searcher.fast_field_values("day", addresses)
            order = [
                (-round(key, 4) if sort != "date" else -key, -day, n)
                for n, ((key, _), day) in enumerate(zip(hits, days, strict=True))
            ]
            grouped: dict[int, list] = {}
            for *_, n in sorted(order):
                grouped.setdefault(items[n], []).append((hits[n][0], addresses[n]))
            exhausted = len(hits) < limit
            if exhausted or len(grouped) > groups_wanted or limit >= MAX_HITS:
                return list(grouped.items()), result.count, exhausted
            limit = min(MAX_HITS, limit * 4)

    def _hydrate(self, searcher, query, groups) -> list[Group]:
        snippets = tantivy.SnippetGenerator.create(searcher, query, self.schema, "text")
        snippets.set_max_num_chars(SNIPPET_CHARS)
        out = []
        for item, hits in groups:
            shown = []
            for score, address in hits[:SHOWN_PER_GROUP]:
                doc = searcher.doc(address)
                day = date.fromordinal(doc.get_first("day"))
                snippet = _snippet(snippets.snippet_from_doc(doc), doc)
                shown.append(
                    Hit(
                        key=doc.get_first("key"),
                        kind=doc.get_first("kind"),
                        title=doc.get_first("title") or "",
                        url=doc.get_first("url") or "",
                        date=day,
                        score=float(score),
                        snippet=snippet,
                    )
                )
            out.append(Group(item, shown, max(0, len(hits) - SHOWN_PER_GROUP)))
        return out

    def _facets(self, searcher, query, total: int) -> tuple[dict, bool]:
        """Counts by committee, year and kind, and whether they are estimates.

        Past ``FACET_EXACT`` matches only the records of one item in
        ``FACET_SAMPLE`` are counted (a term, so the phrase or words are
        checked on those alone) and the counts scaled up and rounded; a
        value with very few matches may then be missing.
        """
        estimated = total > FACET_EXACT
        if estimated:
            sample = tantivy.Query.term_query(self.schema, "sample", 0)
            must = tantivy.Occur.Must
            query = tantivy.Query.boolean_query([(must, query), (must, sample)])
        spec = {
            name: {"terms": {"field": name, "size": size}}
            for name, size in FACET_SIZES.items()
        }
        answer = searcher.aggregate(query, spec)
        facets = {}
        for name in FACET_SIZES:
            buckets = answer.get(name, {}).get("buckets", [])
            facets[name] = [
                (str(b["key"]), _about(b["doc_count"] * FACET_SAMPLE))
                if estimated
                else (str(b["key"]), b["doc_count"])
                for b in buckets
            ]
        facets["year"].sort(reverse=True)
        return facets, estimated


# The fields a query may name (docs/search.md); the others are for filters.
QUERY_FIELDS = ("title", "text")
FIELD_NAME = re.compile(r"(\w+)\s*:")
PHRASE = re.compile(r'"[^"]*"')
# Wildcards, ranges, boosts, fuzzy and slop marks, escapes, comparisons.
OTHER_SYNTAX = re.compile(r"[*?^~\[\]{}\\<>=]")


def documented(text: str) -> bool:
    """Whether ``text`` uses only the query syntax docs/search.md gives."""
    bare = PHRASE.sub(" ", text)
    if OTHER_SYNTAX.search(bare):
        return False
    return all(name in QUERY_FIELDS for name in FIELD_NAME.findall(bare))


def _about(count: int) -> int:
    """``count`` to two significant figures: 17,408 → 17,000."""
    return round(count, 2 - len(str(count)))


def _snippet(snippet: tantivy.Snippet, doc: tantivy.Document) -> Snippet:
    """A ``Snippet`` in characters; Tantivy gives byte ranges of UTF-8."""
    fragment = snippet.fragment()
    if not fragment:
        text = doc.get_first("text") or ""
        return Snippet(_shorten(text))
    raw = fragment.encode()
    marks = []
    for span in snippet.highlighted():
        start = len(raw[: span.start].decode(errors="ignore"))
        end = len(raw[: span.end].decode(errors="ignore"))
        marks.append((start, end))
    return Snippet(fragment, tuple(marks))


def _shorten(text: str) -> str:
    if len(text) <= SNIPPET_CHARS:
        return text
    return text[:SNIPPET_CHARS].rsplit(" ", 1)[0] + " …"
