"use client";
import { useLayoutEffect, useRef } from "react";
import { EARLY_INPUT_KEY } from "./early-input-script";

/**
 * A ref for a server-rendered <textarea> that keeps what the person typed before hydration (see
 * `EarlyInputRecorder`): after React has reset it, the typed text is put back before the browser
 * paints, and `onRestored` hears of it (e.g. to update a length counter). The textarea is then
 * marked `data-hydrated`, which ends the recording for it.
 */
export function useKeepEarlyInput(onRestored?: (value: string) => void) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const onRestoredRef = useRef(onRestored);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const holder = element as HTMLTextAreaElement & { [EARLY_INPUT_KEY]?: unknown };
    const early = holder[EARLY_INPUT_KEY];
    delete holder[EARLY_INPUT_KEY];
    if (typeof early === "string" && early !== element.value) {
      element.value = early;
      onRestoredRef.current?.(early);
    }
    element.setAttribute("data-hydrated", "true");
  }, []);
  return ref;
}
