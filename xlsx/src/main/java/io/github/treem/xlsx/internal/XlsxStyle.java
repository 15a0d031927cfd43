package io.github.treem.xlsx.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/** The Immutables style of treem xlsx (the same as the other modules'). */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    get = {"get*", "is*"},
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    visibilityString = "PACKAGE",
    overshadowImplementation = true,
    builderVisibilityString = "PACKAGE")
public @interface XlsxStyle {}
