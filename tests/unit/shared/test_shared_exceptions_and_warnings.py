"""The shared error root and warning categories."""

from __future__ import annotations

import warnings

import pytest

from aws_lambda_powertools import exceptions
from aws_lambda_powertools.exceptions import InvalidEnvelopeExpressionError, PowertoolsError
from aws_lambda_powertools.warnings import PowertoolsDeprecationWarning, PowertoolsUserWarning


def test_powertools_error_is_a_plain_exception_root() -> None:
    assert issubclass(PowertoolsError, Exception)
    assert not issubclass(PowertoolsError, ValueError)


def test_invalid_envelope_expression_error_is_a_powertools_error_and_value_error() -> None:
    assert issubclass(InvalidEnvelopeExpressionError, PowertoolsError)
    assert issubclass(InvalidEnvelopeExpressionError, ValueError)


def test_every_exception_in_the_module_descends_from_powertools_error() -> None:
    classes = [
        value
        for value in vars(exceptions).values()
        if isinstance(value, type) and issubclass(value, BaseException)
    ]

    assert classes
    assert all(issubclass(cls, PowertoolsError) for cls in classes)


def test_invalid_envelope_expression_error_is_caught_as_value_error() -> None:
    with pytest.raises(ValueError, match="bad envelope"):
        raise InvalidEnvelopeExpressionError("bad envelope")


@pytest.mark.parametrize(
    ("category", "builtin"),
    [(PowertoolsUserWarning, UserWarning), (PowertoolsDeprecationWarning, DeprecationWarning)],
)
def test_warning_categories_subclass_the_matching_builtin(
    category: type[Warning], builtin: type[Warning]
) -> None:
    assert issubclass(category, builtin)


@pytest.mark.parametrize("category", [PowertoolsUserWarning, PowertoolsDeprecationWarning])
def test_warnings_store_their_message_and_print_it(category: type[Warning]) -> None:
    warning = category("use query() instead")  # type: ignore[call-arg]

    assert warning.message == "use query() instead"  # type: ignore[attr-defined]
    assert str(warning) == "use query() instead"
    assert warning.args == ("use query() instead",)


@pytest.mark.parametrize("category", [PowertoolsUserWarning, PowertoolsDeprecationWarning])
def test_warnings_can_be_emitted_and_filtered_by_category(category: type[Warning]) -> None:
    with pytest.warns(category, match="^careful$") as record:
        warnings.warn(category("careful"), stacklevel=1)  # type: ignore[call-arg]

    assert record[0].category is category


def test_filtering_powertools_user_warning_leaves_other_user_warnings_alone() -> None:
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        warnings.filterwarnings("ignore", category=PowertoolsUserWarning)
        warnings.warn(PowertoolsUserWarning("ours"), stacklevel=1)
        warnings.warn("theirs", UserWarning, stacklevel=1)

    assert [str(w.message) for w in record] == ["theirs"]
