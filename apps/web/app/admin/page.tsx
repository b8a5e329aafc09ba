import { redirect } from 'next/navigation';

/** The admin area starts at its only section so far. */
export default function AdminPage() {
  redirect('/admin/mentors');
}
