// React resets a server-rendered <textarea> to its default text when it hydrates (unlike <input>,
// whose typed value React keeps), so on a slow connection whatever a person typed before the
// page's JavaScript arrived would silently vanish. This inline script, first in <head>, notes each
// textarea's text as it is typed until that textarea is hydrated; `useKeepEarlyInput` puts it back.

/** The property on a textarea holding the text typed before hydration. */
export const EARLY_INPUT_KEY = "__uadeEarlyInput";

export const EARLY_INPUT_SCRIPT = `document.addEventListener("input",function(e){var t=e.target;if(t&&t.tagName==="TEXTAREA"&&!t.hasAttribute("data-hydrated"))t.${EARLY_INPUT_KEY}=t.value},true);`;

/** Renders the recorder; put it in the root layout's <head>, before any form. */
export function EarlyInputRecorder() {
  return <script dangerouslySetInnerHTML={{ __html: EARLY_INPUT_SCRIPT }} />;
}
