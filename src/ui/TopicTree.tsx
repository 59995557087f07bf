import type { TopicNode } from '../content/types';
import { pageFile, relativeUrl } from '../content/urls';
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
 * expanded), every other lecture as one collapsed entry whose tree loads when it is opened. The
 * tree island (src/islands/tree.ts) makes the toggles work; without JavaScript every branch shows.
 */
export function TopicTree({ lectures, lectureTree, currentId }: TopicTreeProps) {
  const { file, t } = useView();
  const expanded = new Set(lectureTree && currentId ? pathTo([lectureTree], currentId) : []);
  const ownScript = lectures.find((lecture) => lecture.id === lectureTree?.id)?.script;
  return (
    <nav className="topic-tree" aria-label={t.topicTree} data-island="tree" data-lecture-script={ownScript && relativeUrl(file, ownScript)}>
      <ul className="tree-root">
        {lectures.map((lecture) =>
          lecture.id === lectureTree?.id ? (
            <TreeItem key={lecture.id} node={lectureTree} expanded={expanded} currentId={currentId} />
          ) : (
            <TreeItem
              key={lecture.id}
              node={{ id: lecture.id, title: lecture.title, sections: [], children: [] }}
              expanded={expanded}
              lazyScript={lecture.hasTopics ? relativeUrl(file, lecture.script) : undefined}
            />
          ),
        )}
      </ul>
    </nav>
  );
}

interface TreeItemProps {
  node: TopicNode;
  expanded: ReadonlySet<string>;
  currentId?: string;
  /** a collapsed lecture: its children come from this script when it is opened */
  lazyScript?: string;
}

function TreeItem({ node, expanded, currentId, lazyScript }: TreeItemProps) {
  const { lang, file, t } = useView();
  const isCurrent = node.id === currentId;
  const hasChildren = node.children.length > 0 || lazyScript !== undefined;
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
            data-tree-script={lazyScript}
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
          {node.children.length > 0 && <TreeChildren nodes={node.children} expanded={expanded} currentId={currentId} />}
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
