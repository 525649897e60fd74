// storyline: small enhancements over plain HTML; every page works without this script.
(function () {
  "use strict";

  // Open the entry a link or the address points at (#STORY-entry-N), e.g. from a timeline dot.
  function openTarget() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id && document.getElementById(id);
    var details = target && target.querySelector("details");
    if (details) {
      details.open = true;
    }
  }

  function each(root, selector, action) {
    Array.prototype.forEach.call(root.querySelectorAll(selector), action);
  }

  function setUp() {
    each(document, ".story", function (story) {
      each(story, "[data-action]", function (button) {
        button.hidden = false;
        button.addEventListener("click", function () {
          var open = button.getAttribute("data-action") === "expand";
          each(story, ".entry details", function (details) { details.open = open; });
        });
      });
      each(story, "input.filter", function (input) {
        input.hidden = false;
        input.addEventListener("input", function () {
          var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
          each(story, ".entry", function (entry) {
            var text = entry.textContent.toLowerCase();
            entry.hidden = !words.every(function (word) { return text.indexOf(word) >= 0; });
          });
        });
      });
      // Pointing at an entry lights up its dot on the axis, and the other way round.
      each(story, ".markers a[data-entry]", function (marker) {
        var entry = document.getElementById(marker.getAttribute("data-entry"));
        if (!entry) {
          return;
        }
        function light(on) {
          marker.classList.toggle("hot", on);
          entry.classList.toggle("hot", on);
        }
        [marker, entry].forEach(function (element) {
          element.addEventListener("mouseenter", function () { light(true); });
          element.addEventListener("mouseleave", function () { light(false); });
        });
      });
    });
    openTarget();
  }

  window.addEventListener("hashchange", openTarget);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
