/** A number cited in the prose: its value and the text the chapter shows. */
export interface Fact {
  readonly value: number;
  readonly text: string;
}
