package io.github.treem.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of treem's value types (internal, not API).
 *
 * <p>Get-style accessors ({@code getX()}/{@code isX()}) so that Bean Validation sees every
 * constrained property; JDK-only generated code; generated implementations hidden (package
 * visibility, callers see only the abstract type and its public {@code Builder}); no Immutables
 * annotation copied into our class files. SOURCE retention: nothing of Immutables reaches the
 * jar or a consumer's class path.
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
