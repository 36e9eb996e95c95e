import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-md px-5 py-20 text-center">
      <h1 className="mb-2 font-serif text-2xl">Nothing here</h1>
      <p className="mb-6 text-muted">This page doesn&apos;t exist, or it isn&apos;t yours to see.</p>
      <Link href="/journal" className="text-accent underline">
        Back to your journal
      </Link>
    </main>
  );
}
