/** A nominal type: a string (or number) that only its parse function may produce. */
declare const brand: unique symbol;
export type Brand<T, Name extends string> = T & { readonly [brand]: Name };
