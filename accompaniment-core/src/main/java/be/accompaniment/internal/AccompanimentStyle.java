package be.accompaniment.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.immutables.value.Value.Style.BuilderVisibility;
import org.immutables.value.Value.Style.ImplementationVisibility;

/** The one Immutables style of the project: hidden implementations, public builders, JPMS-clean output. */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        builderVisibility = BuilderVisibility.PUBLIC,
        allowedClasspathAnnotations = {Override.class},
        defaults = @Value.Immutable(copy = false))
public @interface AccompanimentStyle {}
