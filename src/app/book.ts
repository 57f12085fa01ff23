/** The book's name and one-line description (header, home page, <title>, meta). */
export const book = {
  title: "Machine Learning, Live",
  description:
    "A machine-learning textbook whose models train in your browser: read a chapter, then change the data, the seed or the learning rate and watch what happens.",
} as const;
