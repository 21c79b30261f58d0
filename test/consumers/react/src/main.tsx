import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@ishraqat/widgets/timeline.js';
import '@ishraqat/widgets/counts.js';
import '@ishraqat/widgets/partners.js';
import type { IshraqatLoadEvent } from '@ishraqat/widgets';

function App() {
  const [lang, setLang] = useState<'en' | 'ar'>('en');
  const [loaded, setLoaded] = useState<number>();
  const onLoad = (event: IshraqatLoadEvent) => setLoaded(event.detail.activities);
  return (
    <main>
      <h1>{lang === 'en' ? 'Our work' : 'عملنا'}</h1>
      <button type="button" id="language" onClick={() => setLang(lang === 'en' ? 'ar' : 'en')}>
        {lang === 'en' ? 'العربية' : 'English'}
      </button>
      <p id="status">{loaded === undefined ? 'loading' : `${loaded} activities`}</p>
      {/* Properties (limit, groupBy) are set as properties, `onishraqat-load` listens. */}
      <ishraqat-timeline
        src="./feed.json"
        lang={lang}
        limit={1}
        groupBy="none"
        onishraqat-load={onLoad}
      />
      <ishraqat-counts src="./feed.json" lang={lang} metrics="activities partners" />
      {/* Attribute spelling works too. */}
      <ishraqat-partners src="./feed.json" lang={lang} group-by="type" heading-level={2} />
    </main>
  );
}

/** Never rendered: each element must be a type error, or `tsc` fails on the unused directive. */
export function TypeErrors() {
  return (
    <>
      {/* @ts-expect-error `limit` is a number */}
      <ishraqat-timeline limit="five" />
      {/* @ts-expect-error not a layout */}
      <ishraqat-timeline layout="diagonal" />
      {/* @ts-expect-error `problems` is read-only */}
      <ishraqat-counts problems={[]} />
      {/* @ts-expect-error the handler gets the load event, whose detail has no `id` */}
      <ishraqat-timeline onishraqat-load={(event) => event.detail.id} />
      {/* @ts-expect-error no such element */}
      <ishraqat-nonesuch />
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
