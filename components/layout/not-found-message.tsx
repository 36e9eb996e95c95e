import Link from "next/link";

// Someone else's entry and a missing one look the same: no hint of what exists.
export function NotFoundMessage() {
  return (
    <div className="mx-auto max-w-md px-5 py-20 text-center">
      <h1 className="mb-2 font-serif text-2xl">Nothing here</h1>
      <p className="mb-6 text-muted">
        This page doesn&apos;t exist (a day that hasn&apos;t come yet, say), or it isn&apos;t yours to see.
      </p>
      <Link href="/journal" className="text-accent underline">
        Back to your journal
      </Link>
    </div>
  );
}
