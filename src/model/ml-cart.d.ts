// Types for the parts of ml-cart 2.1.1 (no bundled types) this project uses.
declare module 'ml-cart' {
  export class DecisionTreeClassifier {
    constructor(options?: Record<string, unknown>);
    train(X: number[][], y: number[]): void;
    predict(X: number[][]): number[];
    toJSON(): Record<string, unknown>;
    static load(model: unknown): DecisionTreeClassifier;
  }
  export class DecisionTreeRegression {
    constructor(options?: Record<string, unknown>);
    train(X: number[][], y: number[]): void;
    predict(X: number[][]): number[];
    toJSON(): Record<string, unknown>;
    static load(model: unknown): DecisionTreeRegression;
  }
}
