import type { TopicNode } from '../content/types';
import { MY_LECTURES_PAGE, pageFile, relativeUrl } from '../content/urls';
import type { LectureEntry } from './data';
import { useView } from './ViewContext';

interface TopicTreeProps {
  lectures: LectureEntry[];
  /** the lecture whose whole tree the page carries */
  lectureTree?: TopicNode;
  /** the open page, if the view is a topic */
  currentId?: string;
}

/**
 * The sidebar: the page's own lecture as nested disclosure lists (the open topic's ancestors
 * expanded), every other lecture as one entry whose topics load when it is opened. The tree island
 * (src/islands/tree.ts) makes the toggles work; without JavaScript every branch of the page's own
 * lecture shows, and the other lectures are links to their first page.
 */
export function TopicTree({ lectures, lectureTree, currentId }: TopicTreeProps) {
  const { lang, file, t } = useView();
  const expanded = new Set(lectureTree && currentId ? pathTo([lectureTree], currentId) : []);
  const ownScript = lectures.find((lecture) => lecture.id === lectureTree?.id)?.script;
  return (
    <nav className="topic-tree" aria-label={t.topicTree} data-island="tree" data-lecture-script={ownScript && relativeUrl(file, ownScript)}>
      <ul className="tree-root">
        {lectures.map((lecture) =>
          lecture.id === lectureTree?.id ? (
            <TreeItem key={lecture.id} node={lectureTree} expanded={expanded} currentId={currentId} />
          ) : (
            <LectureEntryItem key={lecture.id} lecture={lecture} />
          ),
        )}
        {/* the reader's imported lectures, listed here by their island (they live on the device) */}
        <li className="tree-mine" data-island="my-lectures-tree">
          <div className="tree-row">
            <a href={relativeUrl(file, pageFile(lang, MY_LECTURES_PAGE))}>{t.myLectures}</a>
          </div>
        </li>
      </ul>
    </nav>
  );
}

/**
 * Another lecture: only its link, kept small because every page lists every lecture. The tree
 * island adds its toggle, which loads the lecture's topics from its script when first opened.
 */
function LectureEntryItem({ lecture }: { lecture: LectureEntry }) {
  const { lang, file } = useView();
  return (
    <li data-lecture={lecture.id} data-topics={lecture.topics} data-tree-script={lecture.topics > 1 ? relativeUrl(file, lecture.script) : undefined}>
      <div className="tree-row">
        <a href={relativeUrl(file, pageFile(lang, lecture.id))}>{lecture.title}</a>
      </div>
    </li>
  );
}

interface TreeItemProps {
  node: TopicNode;
  expanded: ReadonlySet<string>;
  currentId?: string;
}

function TreeItem({ node, expanded, currentId }: TreeItemProps) {
  const { lang, file, t } = useView();
  const isCurrent = node.id === currentId;
  const hasChildren = node.children.length > 0;
  const isOpen = expanded.has(node.id);
  const childrenId = `tree-${node.id}`;
  return (
    <li className={isCurrent ? 'current' : undefined}>
      <div className="tree-row">
        {hasChildren ? (
          <button
            type="button"
            className="tree-toggle"
            aria-expanded={isOpen}
            aria-controls={childrenId}
            aria-label={`${isOpen ? t.collapse : t.expand}: ${node.title}`}
          >
            <span aria-hidden="true">▸</span>
          </button>
        ) : (
          <span className="tree-spacer" aria-hidden="true" />
        )}
        <a href={relativeUrl(file, pageFile(lang, node.id))} aria-current={isCurrent ? 'page' : undefined}>
          {node.title}
        </a>
      </div>
      {isCurrent && node.sections.length > 0 && (
        <ul className="tree-sections">
          {node.sections.map((section) => (
            <li key={section.id}>
              <a href={`#${encodeURIComponent(section.id)}`}>{section.text}</a>
            </li>
          ))}
        </ul>
      )}
      {hasChildren && (
        <div id={childrenId} hidden={!isOpen}>
          <TreeChildren nodes={node.children} expanded={expanded} currentId={currentId} />
        </div>
      )}
    </li>
  );
}

/** A lecture's topics below its own entry: what a collapsed lecture's script fills in. */
export function TreeChildren({ nodes, expanded, currentId }: { nodes: TopicNode[]; expanded: ReadonlySet<string>; currentId?: string }) {
  return (
    <ul className="tree-children">
      {nodes.map((node) => (
        <TreeItem key={node.id} node={node} expanded={expanded} currentId={currentId} />
      ))}
    </ul>
  );
}

/** Ids from a lecture down to the topic (inclusive); empty when the topic is not in the tree. */
export function pathTo(nodes: TopicNode[], id: string): string[] {
  for (const node of nodes) {
    if (node.id === id) return [node.id];
    const below = pathTo(node.children, id);
    if (below.length) return [node.id, ...below];
  }
  return [];
}
