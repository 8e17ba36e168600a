# mypy: disable-error-code="no-any-return"
"""AWS CodeDeploy lifecycle hook events: validate a Lambda or ECS deployment.

The function reports the outcome with ``codedeploy.put_lifecycle_event_hook_execution_status``,
passing both identifiers of the event.

Example:
    >>> event = CodeDeployLifecycleHookEvent(
    ...     {"DeploymentId": "d-1", "LifecycleEventHookExecutionId": "hook-1"}
    ... )
    >>> event.deployment_id, event.lifecycle_event_hook_execution_id
    ('d-1', 'hook-1')
"""

from __future__ import annotations

from aws_lambda_powertools.utilities.data_classes.common import DictWrapper


class CodeDeployLifecycleHookEvent(DictWrapper):
    """A lifecycle hook (such as ``BeforeAllowTraffic``) of a deployment.

    Documentation: https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html
    """

    @property
    def deployment_id(self) -> str:
        """Identifier of the deployment."""
        return self._data["DeploymentId"]

    @property
    def lifecycle_event_hook_execution_id(self) -> str:
        """Identifier of this hook's execution."""
        return self._data["LifecycleEventHookExecutionId"]
