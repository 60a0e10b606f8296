"""Staff see failed jobs and each scheduled import's last summary."""

from django.contrib import admin

from .models import JobFailure, ScheduledImport


@admin.register(JobFailure)
class JobFailureAdmin(admin.ModelAdmin):
    list_display = ["failed_at", "task", "error"]
    list_filter = ["task"]
    readonly_fields = ["task", "arguments", "error", "traceback", "failed_at"]

    def has_add_permission(self, request: object) -> bool:
        return False


@admin.register(ScheduledImport)
class ScheduledImportAdmin(admin.ModelAdmin):
    list_display = ["name", "hour", "enabled", "last_started", "last_ok"]
    readonly_fields = ["last_started", "last_finished", "last_ok", "last_summary"]
    actions = ["run_now"]

    @admin.action(description="Run now (on the job queue)")
    def run_now(self, request: object, queryset: object) -> None:
        from .queue import enqueue
        from .tasks import run_import

        for schedule in queryset:  # type: ignore[attr-defined]
            enqueue(run_import, schedule.pk)
