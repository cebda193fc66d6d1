import { ArticleAddForm } from "@/components/desk/article-add-form";
import { ArticleUpload } from "@/components/desk/article-upload";
import { requireDeskUser } from "@/lib/require-editor";

export default async function NewArticlePage() {
  await requireDeskUser("/desk/articles/new");
  return (
    <>
      <h1 className="text-2xl font-bold">Add articles</h1>
      <p className="mt-1 text-stone-600">
        The text is kept exactly as given (only Windows line endings are normalised); the same text
        twice is one article.
      </p>
      <div className="mt-6 grid gap-10 lg:grid-cols-2">
        <section>
          <h2 className="mb-3 text-lg font-semibold">Paste one</h2>
          <ArticleAddForm />
        </section>
        <section>
          <h2 className="mb-3 text-lg font-semibold">Import files</h2>
          <ArticleUpload />
        </section>
      </div>
    </>
  );
}
