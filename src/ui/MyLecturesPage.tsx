import { useView } from './ViewContext';

/**
 * The reader's own lectures: importing Markdown files, a folder or a Notion export, and the
 * lectures imported on this device. With ?lecture=…&topic=… the island shows that imported topic
 * in place of the list. Everything here lives on the device, so the page is filled by its island.
 */
export function MyLecturesPage() {
  const { t } = useView();
  return (
    <div className="my-lectures" data-island="my-lectures">
      <h1 tabIndex={-1}>{t.myLectures}</h1>
      <p>{t.myLecturesText}</p>
      <p className="demo-status demo-noscript">{t.importNoScript}</p>
    </div>
  );
}
