import { NotFoundMessage } from "@/components/layout/not-found-message";

// Inside the app layout, which already has the page's <main>.
export default function NotFound() {
  return <NotFoundMessage />;
}
