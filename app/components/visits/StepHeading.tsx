import { useEffect, useRef } from 'react';

/**
 * A step's heading, which takes the focus when the step is shown (after a GET or POST step a screen
 * reader starts there, and the next Tab goes to the step's first control). `focusKey` changes when
 * the step is shown anew; on the first page load nothing is focused unless `initial` says so.
 */
export function StepHeading({
  id,
  children,
  focusKey,
  level = 2,
  className,
}: {
  id: string;
  children: React.ReactNode;
  focusKey: string | null;
  level?: 1 | 2;
  className?: string;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusKey !== null) ref.current?.focus();
  }, [focusKey]);
  const Tag = level === 1 ? 'h1' : 'h2';
  return (
    <Tag id={id} ref={ref} tabIndex={-1} className={className}>
      {children}
    </Tag>
  );
}
