import { redirect } from 'next/navigation';

/** The admin area starts at its first section, the mentor applications (the others are in its tab bar). */
export default function AdminPage() {
  redirect('/admin/mentors');
}
