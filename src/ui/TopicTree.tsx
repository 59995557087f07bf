import { useState } from 'react';
import type { TopicNode } from '../content/types';
import { pageFile, relativeUrl } from '../content/urls';
import { useView } from './ViewContext';

interface TopicTreeProps {
  lectures: TopicNode[];
  /** the open page, if the view is a topic */
  currentId?: string;
}

/** The sidebar: every topic as nested disclosure lists; the open topic's ancestors start expanded. */
export function TopicTree({ lectures, currentId }: TopicTreeProps) {
  const { t } = useView();
  const [expanded, setExpanded] = useState(() => new Set(currentId ? pathTo(lectures, currentId) : lectures.map((l) => l.id)));
  const toggle = (id: string) =>
    setExpanded((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <nav className="topic-tree" aria-label={t.topicTree}>
      <TreeList nodes={lectures} expanded={expanded} toggle={toggle} currentId={currentId} depth={0} />
    </nav>
  );
}

interface TreeListProps {
  nodes: TopicNode[];
  expanded: Set<string>;
  toggle: (id: string) => void;
  currentId?: string;
  depth: number;
}

function TreeList({ nodes, expanded, toggle, currentId, depth }: TreeListProps) {
  const { lang, file, t } = useView();
  return (
    <ul className={depth === 0 ? 'tree-root' : 'tree-children'}>
      {nodes.map((node) => {
        const isCurrent = node.id === currentId;
        const hasChildren = node.children.length > 0;
        const isOpen = expanded.has(node.id);
        const childrenId = `tree-${node.id}`;
        return (
          <li key={node.id} className={isCurrent ? 'current' : undefined}>
            <div className="tree-row">
              {hasChildren ? (
                <button
                  type="button"
                  className="tree-toggle"
                  aria-expanded={isOpen}
                  aria-controls={childrenId}
                  aria-label={`${isOpen ? t.collapse : t.expand}: ${node.title}`}
                  onClick={() => toggle(node.id)}
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
                <TreeList nodes={node.children} expanded={expanded} toggle={toggle} currentId={currentId} depth={depth + 1} />
              </div>
            )}
          </li>
        );
      })}
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
