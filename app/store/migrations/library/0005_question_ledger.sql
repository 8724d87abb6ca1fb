-- The question ledger: every question unit of the documents whose file we hold, with whether an
-- answer was found for it, so "Open vragen" can list unanswered questions across the library
-- (also those an answering document skipped) without extracting any text when it opens.
-- Derived from the files and the user's corrections by QuestionLedger; never from the feed, so
-- rebuildDerived() leaves it alone. `signature` names what a document's rows were computed
-- from (its file, its answer documents' files, the corrections): when it changes they are
-- computed again.
CREATE TABLE ledger_document (
    document_id TEXT PRIMARY KEY,
    signature TEXT NOT NULL,
    deadline TEXT,                      -- yyyy-MM-dd: 3 weeks after the date, 6 after a delay
    delayed INTEGER NOT NULL DEFAULT 0,
    answer_documents INTEGER NOT NULL,  -- how many answering documents were read
    questions INTEGER NOT NULL,
    answered INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX ledger_document_deadline ON ledger_document(deadline);

CREATE TABLE ledger_question (
    question_id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL,
    n INTEGER NOT NULL,
    fractie TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    page INTEGER NOT NULL DEFAULT 0,
    start INTEGER NOT NULL DEFAULT 0,
    answered INTEGER NOT NULL,
    answer_document_id TEXT) WITHOUT ROWID;
CREATE INDEX ledger_question_document ON ledger_question(document_id, start);
