// wink-eng-lite-web-model ships wink's Porter 2 stemmer as a module of its own, without types.
declare module "wink-eng-lite-web-model/dist/porter-stemmer" {
  const stem: (word: string) => string;
  export default stem;
}
