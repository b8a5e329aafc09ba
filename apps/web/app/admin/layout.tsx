import type { ReactNode } from 'react';
import { AdminNav } from '@/components/admin/admin-nav';
import { Container } from '@/components/ui/container';
import { currentUserOrNull } from '@/lib/session';

/**
 * The admin area: its section links for admins, then the page. Anyone else gets each page's own
 * answer (sign in, or not found) without them: admin pages do not exist for them.
 */
export default async function AdminAreaLayout({ children }: { children: ReactNode }) {
  const user = await currentUserOrNull();
  const admin = !!user?.roles.includes('admin');
  return (
    <>
      {admin ? (
        <Container className="pt-8 sm:pt-10">
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Admin</p>
          <div className="mt-3">
            <AdminNav />
          </div>
        </Container>
      ) : null}
      {children}
    </>
  );
}
