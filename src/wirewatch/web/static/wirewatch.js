// Progressive enhancement only: every page works without this file.
// Pointing at an event in the side list outlines its trigger in the text.
document.addEventListener("DOMContentLoaded", () => {
  for (const item of document.querySelectorAll("li.event[id^='event-']")) {
    const trigger = document.getElementById("ev-" + item.id.slice("event-".length));
    if (!trigger) continue;
    const on = () => trigger.classList.add("linked");
    const off = () => trigger.classList.remove("linked");
    item.addEventListener("mouseenter", on);
    item.addEventListener("mouseleave", off);
    item.addEventListener("focusin", on);
    item.addEventListener("focusout", off);
  }
});
