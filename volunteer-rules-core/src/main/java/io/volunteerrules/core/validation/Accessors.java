package io.volunteerrules.core.validation;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.function.Function;

/**
 * Reads a record component as a plain function. The validator reads every component of every fact of
 * every request; a method handle held in a list (not a constant) is not inlined by the JIT, and each
 * call through it casts its argument and result, which cost about a tenth of an on-line check. A
 * function made by {@link LambdaMetafactory} is an ordinary class whose {@code apply} calls the
 * accessor directly.
 */
final class Accessors {

    private static final MethodType READ = MethodType.methodType(Object.class, Object.class);
    private static final MethodType FUNCTION = MethodType.methodType(Function.class);

    private Accessors() {
    }

    /**
     * A function that returns the component's value of a record given to it (primitives boxed).
     *
     * @throws IllegalStateException if the accessor cannot be read (it is not public)
     */
    @SuppressWarnings("unchecked")
    static Function<Object, Object> of(RecordComponent component) {
        Class<?> owner = component.getDeclaringRecord();
        MethodHandles.Lookup lookup;
        try {
            // a lookup in the record's own class: its lambda can call the accessor directly
            lookup = MethodHandles.privateLookupIn(owner, MethodHandles.lookup());
        } catch (IllegalAccessException | SecurityException e) {
            lookup = null;  // a record of a module that does not open its package to us
        }
        MethodHandle accessor;
        try {
            accessor = (lookup != null ? lookup : MethodHandles.publicLookup()).unreflect(component.getAccessor());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + owner.getSimpleName(), e);
        }
        if (lookup != null) {
            try {
                CallSite site = LambdaMetafactory.metafactory(lookup, "apply", FUNCTION, READ, accessor,
                        MethodType.methodType(boxed(component.getType()), owner));
                return (Function<Object, Object>) site.getTarget().invokeExact();
            } catch (Throwable e) {
                // read it through the handle below
            }
        }
        MethodHandle read = accessor.asType(READ);
        return bean -> {
            try {
                return read.invokeExact(bean);
            } catch (RuntimeException | Error x) {
                throw x;
            } catch (Throwable x) {
                throw new IllegalStateException(x);
            }
        };
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return MethodType.methodType(type).wrap().returnType();
    }
}
