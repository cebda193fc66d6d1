"use client";
import Link from "next/link";
import { useState } from "react";
import { importArticleFileAction } from "@/lib/article/actions";
import type { ImportReport } from "@/lib/article/import";
import { FormMessage } from "./field";
import { callAction } from "./use-action";

const empty = (): ImportReport => ({ imported: [], skipped: [], failed: [] });

/**
 * Upload .txt, .json and .csv files. Each file is one request, so progress is real: the count moves
 * as the server answers for each file, and a file that fails does not stop the others.
 */
export function ArticleUpload() {
  const [files, setFiles] = useState<File[]>([]);
  const [done, setDone] = useState(0);
  const [current, setCurrent] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<{ ok: false; message: string; code: string } | null>(null);

  const start = async () => {
    const all = empty();
    setReport(all);
    setError(null);
    setDone(0);
    for (const [i, file] of files.entries()) {
      setCurrent(file.name);
      const r = await callAction(importArticleFileAction, {
        name: file.name,
        content: await file.text(),
      });
      if (r.ok) {
        all.imported.push(...r.data.imported);
        all.skipped.push(...r.data.skipped);
        all.failed.push(...r.data.failed);
      } else {
        all.failed.push({ file: file.name, line: 0, message: r.message });
        if (r.code === "UNAUTHENTICATED") setError(r);
      }
      setReport({ ...all });
      setDone(i + 1);
    }
    setCurrent(null);
  };

  const running = current !== null;
  return (
    <div className="space-y-3" data-testid="article-upload">
      <FormMessage result={error} />
      <label className="block text-sm font-semibold">
        Files (.txt: first line is the title; .json; .csv with a header row)
        <input
          type="file"
          multiple
          accept=".txt,.json,.csv"
          onChange={(e) => setFiles([...(e.target.files ?? [])])}
          className="mt-1 block text-sm"
          name="files"
        />
      </label>
      <button
        type="button"
        onClick={start}
        disabled={running || files.length === 0}
        className="rounded bg-stone-800 px-4 py-2 text-white disabled:opacity-50"
      >
        Import {files.length || ""} {files.length === 1 ? "file" : "files"}
      </button>
      {report && (
        <div role="status" aria-live="polite" data-testid="import-progress">
          <progress value={done} max={files.length} className="w-full" />
          <p className="text-sm">
            {done} of {files.length} files read{current ? ` · reading ${current}…` : ""} ·{" "}
            {report.imported.length} imported · {report.skipped.length} already imported ·{" "}
            {report.failed.length} failed
          </p>
        </div>
      )}
      {report && <ImportReportView report={report} />}
    </div>
  );
}

function ImportReportView({ report }: { report: ImportReport }) {
  return (
    <div className="space-y-2 text-sm" data-testid="import-report">
      {report.failed.length > 0 && (
        <ul className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {report.failed.map((f) => (
            <li key={`${f.file}:${f.line}:${f.message}`}>
              {f.file}
              {f.line ? `, line ${f.line}` : ""}: {f.message}
            </li>
          ))}
        </ul>
      )}
      <ul>
        {[...report.imported, ...report.skipped].map((a) => (
          <li key={`${a.file}:${a.line}`}>
            <Link href={`/desk/articles/${a.id}`} className="underline" lang="hi">
              {a.title}
            </Link>{" "}
            <span className="text-stone-500">
              ({a.file}
              {report.skipped.includes(a) ? ", already imported" : ""}
              {a.furnitureLines === 1 && ", 1 line looks like page furniture"}
              {a.furnitureLines > 1 && `, ${a.furnitureLines} lines look like page furniture`})
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
