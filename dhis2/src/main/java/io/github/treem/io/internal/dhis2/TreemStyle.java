package io.github.treem.io.internal.dhis2;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of treem's value types, this module's copy (a SOURCE-retention style
 * is invisible to sibling modules). Internal, not API. See core's {@code TreemStyle}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    get = {"get*", "is*"},
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    visibilityString = "PACKAGE",
    overshadowImplementation = true,
    builderVisibilityString = "PACKAGE")
public @interface TreemStyle {}
