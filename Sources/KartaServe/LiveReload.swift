/// The script `karta serve` adds to the pages it serves (never to the files in the output): it
/// listens to `/__karta/events`, reloads the page when the build rewrote it (or rewrote a style
/// sheet), and shows the problems of a failed build over the page until a build succeeds.
enum LiveReload {
    static let eventsPath = "/__karta/events"

    /// The page with the script before `</body>` (or at the end when there is none).
    static func inject(into html: [UInt8]) -> [UInt8] {
        let tag = Array(script.utf8)
        let close = Array("</body>".utf8)
        guard html.count >= close.count else { return html + tag }
        for start in stride(from: html.count - close.count, through: 0, by: -1)
        where html[start..<start + close.count].elementsEqual(close) {
            return Array(html[..<start]) + tag + Array(html[start...])
        }
        return html + tag
    }

    static let script = """
        <script id="karta-live-reload">
        (function () {
          var path = decodeURIComponent(location.pathname).replace(/^\\/+/, "");
          if (path === "" || path.endsWith("/")) path += "index.html";
          function overlay(text) {
            var box = document.getElementById("karta-problems");
            if (!text) { if (box) box.remove(); return; }
            if (!box) {
              box = document.createElement("div");
              box.id = "karta-problems";
              box.setAttribute("role", "alert");
              box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(255,255,255,.97);\
              color:#111;padding:2em;font:15px/1.45 monospace";
              var title = document.createElement("h2");
              title.textContent = "Сборка не выполнена: исправьте ошибки, страница обновится сама";
              title.style.cssText = "color:#a40000;font:bold 18px sans-serif;margin:0 0 1em";
              var pre = document.createElement("pre");
              pre.style.cssText = "white-space:pre-wrap;margin:0";
              box.appendChild(title);
              box.appendChild(pre);
              document.body.appendChild(box);
            }
            box.querySelector("pre").textContent = text;
          }
          var events = new EventSource("/__karta/events");
          events.addEventListener("reload", function (event) {
            var changed = JSON.parse(event.data);
            overlay("");
            if (changed.all || changed.pages.indexOf(path) >= 0) location.reload();
          });
          events.addEventListener("problems", function (event) { overlay(event.data); });
          events.addEventListener("clear", function () { overlay(""); });
        })();
        </script>

        """
}
