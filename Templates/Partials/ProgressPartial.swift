import KartaSite

/// A progress bar with its percentage and counts.
enum ProgressPartial {
    static func render(_ progress: ProgressSummary) -> HTML {
        """
        <div class="progress" role="group" aria-label="Ход выполнения">
        <div class="progress-bar" aria-hidden="true"><span style="width: \(progress.percent)%"></span></div>
        <p class="progress-text"><strong>\(progress.percent)&nbsp;%</strong> — выполнено \(progress.done) из \
        \(Wording.count(progress.relevant, "мероприятия", "мероприятий", "мероприятий"))\
        \(if: progress.overdue > 0, ", <span class=\"overdue-note\">просрочено: \(progress.overdue)</span>")</p>
        </div>

        """
    }
}
