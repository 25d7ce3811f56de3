/**
 * One explanation dialog per page: ExplanationProvider keeps the trail of what was opened and renders
 * the dialog; any number inside it opens its explanation through useOpenExplanation (or the
 * ExplanationButton), for the page's plan or another year or period of it.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { ExplanationDialog, type ExplanationStep } from './explanation-dialog.js';

type OpenExplanation = (step: ExplanationStep) => void;

const ExplanationContext = createContext<OpenExplanation | null>(null);

export function ExplanationProvider({ children }: { children: ReactNode }) {
  const [trail, setTrail] = useState<ExplanationStep[]>([]);
  const open = useCallback<OpenExplanation>((step) => setTrail([step]), []);
  const value = useMemo(() => open, [open]);
  return (
    <ExplanationContext.Provider value={value}>
      {children}
      <ExplanationDialog
        trail={trail}
        onOpen={(step) => setTrail((current) => [...current, step])}
        onBack={() => setTrail((current) => current.slice(0, -1))}
        onClose={() => setTrail([])}
      />
    </ExplanationContext.Provider>
  );
}

export function useOpenExplanation(): OpenExplanation {
  const open = useContext(ExplanationContext);
  if (!open) throw new Error('useOpenExplanation outside ExplanationProvider');
  return open;
}
