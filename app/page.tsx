import { redirect } from "next/navigation";
import { userCount } from "@/lib/auth/accounts";
import { currentUser } from "@/lib/auth/session";

export default async function Home() {
  if (await currentUser()) redirect("/journal");
  redirect((await userCount()) === 0 ? "/setup" : "/sign-in");
}
